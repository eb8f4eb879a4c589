package vn.danvan.analytics.dashboard;

import vn.danvan.analytics.rollup.AnalyticsAdminController;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.danvan.analytics.AnalyticsException;

/**
 * On analytics pages, a unit, period or indicator that does not exist or lies outside the
 * user's scope is the 404 page; a forbidden action the 403 page; anything else refused
 * the 400 page.
 */
@ControllerAdvice(assignableTypes = { DashboardController.class, AnalyticsAdminController.class })
class AnalyticsPageAdvice {

	@ExceptionHandler(AnalyticsException.class)
	void refused(AnalyticsException ex, HttpServletResponse response) throws IOException {
		response.sendError((ex.status() == 404 || ex.status() == 403) ? ex.status() : 400);
	}

}

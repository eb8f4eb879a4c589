package vn.danvan.units.tree;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.danvan.units.UnitNotFoundException;

/**
 * A unit that does not exist, or lies outside the user's scope, is a 404 page on the
 * administration screens.
 */
@ControllerAdvice(assignableTypes = { UnitAdministrationController.class, SuccessionController.class })
class UnitNotFoundAdvice {

	@ExceptionHandler(UnitNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}

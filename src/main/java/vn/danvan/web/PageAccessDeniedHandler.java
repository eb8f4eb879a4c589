package vn.danvan.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A refused page request shows the Vietnamese 403 page; a form posted without a valid
 * CSRF token (usually an expired session) says so, and a stale sign-in form simply asks
 * to sign in again.
 */
@Component
class PageAccessDeniedHandler implements AccessDeniedHandler {

	static final String CSRF_REJECTED = "danvan.csrfRejected";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		if (exception instanceof CsrfException) {
			if ((request.getContextPath() + "/login").equals(request.getRequestURI())) {
				response.sendRedirect(request.getContextPath() + "/login?error=expired");
				return;
			}
			request.setAttribute(CSRF_REJECTED, Boolean.TRUE);
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}

package vn.danvan.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;

import vn.danvan.accounts.MissingCredentialsException;
import vn.danvan.accounts.SignInLockedException;
import vn.danvan.shared.time.VietnamTime;

/**
 * Sends a failed sign-in back to the sign-in page with the reason, and keeps the user
 * name typed.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + "/login");
		if (exception instanceof SignInLockedException locked) {
			target.queryParam("error", "locked").queryParam("until", VietnamTime.formatTime(locked.lockedUntil()));
		}
		else if (exception instanceof MissingCredentialsException) {
			target.queryParam("error", "empty");
		}
		else if (exception instanceof DisabledException) {
			target.queryParam("error", "disabled");
		}
		else {
			target.queryParam("error", "bad");
		}
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			FlashMap flash = new FlashMap();
			flash.put("username", username.trim());
			flash.setTargetRequestPath(request.getContextPath() + "/login");
			this.flashMaps.saveOutputFlashMap(flash, request, response);
		}
		response.sendRedirect(target.build().toUriString());
	}

}

package vn.danvan.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.SignedInUser;

/**
 * Audits the sign-in, then continues to the page the user asked for (or home).
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AuditLog auditLog;

	SignInSuccessHandler(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.auditLog.record(authentication.getName(), AuditLog.SIGN_IN_SUCCEEDED, "user", authentication.getName(),
				request.getRemoteAddr(), Map.of());
		if (authentication.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()) {
			// An initial or reset password: changing it comes first (see
			// PasswordChangeRequiredFilter).
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequiredFilter.PAGE);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}

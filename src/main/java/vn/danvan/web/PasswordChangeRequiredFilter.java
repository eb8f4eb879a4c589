package vn.danvan.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;

/**
 * A user who signed in with a password an administrator gave (initial or reset) may do
 * nothing but change it: every page sends them to "Đổi mật khẩu" (htmx requests by
 * {@code HX-Redirect}), every API call answers 403 with a problem detail saying so. The
 * flag the principal carries is confirmed in the database, so that the page opens again
 * the moment the password is changed. Not a bean: it runs only inside the two security
 * chains, after authorization.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	/** What a user who must change the password still reaches: the page, and leaving. */
	private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/favicon.ico");

	private static final List<String> OPEN_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/images/");

	private final Accounts accounts;

	private final ApiSecurityProblems problems;

	PasswordChangeRequiredFilter(Accounts accounts, ApiSecurityProblems problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword() && !open(path) && this.accounts.mustChangePassword(user.getUsername())) {
			if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
				this.problems.passwordChangeRequired(request, response);
			}
			else if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + PAGE);
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(String path) {
		return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}

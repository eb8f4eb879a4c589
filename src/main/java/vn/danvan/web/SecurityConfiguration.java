package vn.danvan.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;

/**
 * Two filter chains. The API ({@code /api/**}, {@code /actuator/**}) is stateless with
 * HTTP Basic and answers with problem details. The pages use form sign-in, sessions
 * stored in the database and CSRF tokens (htmx sends them as a header, see
 * {@code js/danvan.js}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Nothing in Danvan uses the camera, microphone, location, payment or USB. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityProblems problems, Accounts accounts)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.realmName(ApiSecurityProblems.REALM).authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// Credentials travel with every request and no cookie authenticates the API:
			// there is nothing to forge.
			.csrf((csrf) -> csrf.disable())
			.addFilterAfter(new PasswordChangeRequiredFilter(accounts, problems), AuthorizationFilter.class)
			.headers(SecurityConfiguration::privacyHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, SignInSuccessHandler successHandler,
			SignInFailureHandler failureHandler, PageAccessDeniedHandler accessDeniedHandler, AuditLog auditLog,
			Accounts accounts, ApiSecurityProblems problems) throws Exception {
		LogoutHandler auditSignOut = (request, response, authentication) -> {
			if (authentication != null) {
				auditLog.record(authentication.getName(), AuditLog.SIGNED_OUT, "user", authentication.getName(),
						request.getRemoteAddr(), Map.of());
			}
		};
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMINISTRATOR")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(successHandler)
				.failureHandler(failureHandler)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").addLogoutHandler(auditSignOut))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler))
			.addFilterAfter(new PasswordChangeRequiredFilter(accounts, problems), AuthorizationFilter.class)
			.headers((headers) -> privacyHeaders(
					headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))));
		return http.build();
	}

	private static void privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
	}

}

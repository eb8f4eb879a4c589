package vn.danvan.accounts;

import vn.danvan.accounts.signin.LimitedAuthenticationProvider;
import vn.danvan.accounts.signin.RememberingPasswordCheck;
import vn.danvan.accounts.signin.SignInLimiter;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How users are authenticated: BCrypt hashes (with an id prefix, so the algorithm can
 * change later) and the sign-in limit in front of the password check.
 */
@Configuration(proxyBeanMethods = false)
class AccountsSecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder()));
	}

	static UserDetailsService userDetailsService(UserRepository users) {
		return (username) -> users.findByUsername(Accounts.normalizeUsername(username))
			.map((stored) -> new SignedInUser(stored.account(), stored.passwordHash(), stored.mustChangePassword()))
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	@Bean
	AuthenticationProvider authenticationProvider(UserRepository users, PasswordEncoder passwordEncoder,
			SignInLimiter limiter, AuditLog auditLog) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetailsService(users));
		passwordCheck.setPasswordEncoder(new RememberingPasswordCheck(passwordEncoder));
		// Check the password first: telling "disabled" before it would reveal which user
		// names exist.
		passwordCheck.setPreAuthenticationChecks((user) -> {
		});
		passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return new LimitedAuthenticationProvider(passwordCheck, limiter, auditLog);
	}

}

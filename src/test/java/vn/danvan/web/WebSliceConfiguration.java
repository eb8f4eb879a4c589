package vn.danvan.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The shell's part of every controller slice ({@link vn.danvan.support.WebSlice}): the
 * real security filter chains (sign-in page, CSRF, roles, privacy headers, the API's
 * problem answers) with the handlers they use. The package-private classes are imported
 * here, in their own package.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SignInSuccessHandler.class, SignInFailureHandler.class,
		PageAccessDeniedHandler.class, ApiSecurityProblems.class })
public class WebSliceConfiguration {

}

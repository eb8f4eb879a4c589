package vn.danvan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.reporting.Permissions;
import vn.danvan.reporting.reminders.Notifications;
import vn.danvan.web.WebSliceConfiguration;

/**
 * A controller slice: {@link WebMvcTest} of the controllers named, with the application's
 * real security ({@link WebSliceConfiguration}), its advices, filters, templates, message
 * texts and htmx support, and no database. The beans that the shell's security and the
 * advices of every page need are mocks ({@link AuditLog}, {@link Accounts} for the forced
 * password change, {@link Notifications} for the bell, {@link Permissions} for the
 * catalogue's advice); a test mocks its controller's own services with
 * {@link MockitoBean} and signs in with
 * {@code SecurityMockMvcRequestPostProcessors.user(...)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(WebSliceConfiguration.class)
@MockitoBean(types = { AuditLog.class, Accounts.class, Notifications.class, Permissions.class })
public @interface WebSlice {

	/**
	 * The controllers under test.
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}

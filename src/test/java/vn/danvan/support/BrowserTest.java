package vn.danvan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import vn.danvan.DanvanIntegrationTest;

/**
 * A test in Debian's Chromium against the real server of the shared test context
 * ({@link DanvanIntegrationTest}, unchanged, so the context still starts once). One
 * browser is started for the class and closed after it; test and lifecycle methods take
 * it as a {@link BrowserPage} parameter. Where Chromium is not installed the class is
 * skipped with the hint how to install it (ADR 9).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DanvanIntegrationTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}

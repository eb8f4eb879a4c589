package vn.danvan.support;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one {@link BrowserPage} for a test class (after the Spring context, whose random
 * port it points at), gives it to test and lifecycle methods as a parameter, puts it back
 * to the default window size and timeout before each test, fails a test after which
 * axe-core found violations of impact serious or critical on a page it visited (issue
 * 20), and closes the browser after the class.
 */
public final class BrowserExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final String KEY = "browser";

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		Integer port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		context.getStore(NAMESPACE).put(KEY, BrowserPage.start(port));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		page(context).reset();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		BrowserPage page = context.getStore(NAMESPACE).get(KEY, BrowserPage.class);
		if (page == null) {
			return;
		}
		List<String> violations = page.finish();
		if (!violations.isEmpty()) {
			throw new AssertionError(AccessibilityCheck.describe(violations));
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		BrowserPage page = context.getStore(NAMESPACE).remove(KEY, BrowserPage.class);
		if (page != null) {
			context.publishReportEntry("axe-core runs", String.valueOf(page.axeRuns()));
			page.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == BrowserPage.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return page(context);
	}

	private static BrowserPage page(ExtensionContext context) {
		BrowserPage page = context.getStore(NAMESPACE).get(KEY, BrowserPage.class);
		if (page == null) {
			throw new ParameterResolutionException("No browser started for " + context.getDisplayName());
		}
		return page;
	}

}

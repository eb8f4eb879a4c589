package vn.danvan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core (its WebJar, test scope: loaded into the page from the test classpath,
 * never served by the application) on the pages a browser test visits and keeps the
 * violations of impact serious or critical, so that {@link BrowserExtension} fails the
 * test with their list (issue 20: 0 serious or critical on every page).
 * <p>
 * A page is checked once per state (and what was found kept): its address (without the
 * fragment) and the number of its elements, so reloading the same page or typing into a
 * field does not run axe again, while an htmx swap that adds rows or messages does.
 * Before a run it waits (a condition, no sleep) until the document is loaded, no htmx
 * request is under way and no finite animation or transition is running, so a half-faded
 * dialog is not measured.
 */
final class AccessibilityCheck {

	static final String VERSION = new WebJarVersionLocator().version("axe-core");

	private static final String SCRIPT = load();

	private static final String STATE = """
			if (document.contentType !== 'text/html' || !/^https?:$/.test(location.protocol)
			    || document.documentElement == null) { return null; }
			return location.href.replace(/#.*$/, '') + ' ' + document.getElementsByTagName('*').length;""";

	private static final String SETTLED = """
			return document.readyState === 'complete'
			  && document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping, .htmx-added') == null
			  && document.getAnimations().every(function (a) {
			    var end = a.effect && a.effect.getComputedTiming().endTime;
			    return a.playState !== 'running' || end === Infinity;
			  });""";

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			window.axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
			  done({ url: location.href, violations: results.violations
			    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
			    .map(function (v) {
			      return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
			        return { target: n.target.join(' '), summary: (n.failureSummary || '').replace(/\\s+/g, ' ') };
			      }) };
			    }) });
			}, function (error) { done({ error: String(error) }); });""";

	private final Map<String, AxeResult> checked = new HashMap<>();

	private final Map<String, String> violations = new LinkedHashMap<>();

	private int runs;

	private static String load() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = AccessibilityCheck.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test classpath: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks the page the browser shows now, unless this state was checked already or the
	 * page is not one of the application's (a download, a JSON answer, a blank page), and
	 * keeps what it found for {@link #takeViolations()}. Never disturbs the test: an open
	 * dialog or a page unloading is left for the next check.
	 */
	void check(WebDriver driver) {
		AxeResult page = run(driver);
		if (page != null) {
			page.violations().forEach(this.violations::putIfAbsent);
		}
	}

	/**
	 * Runs axe on the page the browser shows now (or answers what it found when this
	 * state was checked already), or {@code null} when the page is not one of the
	 * application's or could not be checked (a dialog open, the page unloading).
	 */
	AxeResult run(WebDriver driver) {
		JavascriptExecutor script = (JavascriptExecutor) driver;
		try {
			String before = (String) script.executeScript(STATE);
			if (before == null || this.checked.containsKey(before)) {
				return (before != null) ? this.checked.get(before) : null;
			}
			try {
				new WebDriverWait(driver, Duration.ofSeconds(5))
					.until((d) -> Boolean.TRUE.equals(script.executeScript(SETTLED)));
			}
			catch (TimeoutException ex) {
				// Measured as it is: a page that never settles is still checked.
			}
			String state = (String) script.executeScript(STATE);
			if (state == null || this.checked.containsKey(state)) {
				return (state != null) ? this.checked.get(state) : null;
			}
			if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
				script.executeScript(SCRIPT);
			}
			Object result = script.executeAsyncScript(RUN);
			if (!(result instanceof Map<?, ?> answer) || answer.get("error") != null) {
				return null;
			}
			this.runs++;
			String url = String.valueOf(answer.get("url"));
			Map<String, String> found = new LinkedHashMap<>();
			Map<String, Integer> rules = new LinkedHashMap<>();
			for (Object item : (List<?>) answer.get("violations")) {
				Map<?, ?> violation = (Map<?, ?>) item;
				String rule = violation.get("id") + " (" + violation.get("impact") + ")";
				rules.merge(rule, ((List<?>) violation.get("nodes")).size(), Integer::sum);
				for (Object n : (List<?>) violation.get("nodes")) {
					Map<?, ?> node = (Map<?, ?>) n;
					String target = String.valueOf(node.get("target"));
					found.putIfAbsent(url + " " + violation.get("id") + " " + target, rule + " " + violation.get("help")
							+ "\n      at " + url + "\n      on " + target + "\n      " + node.get("summary"));
				}
			}
			AxeResult checked = new AxeResult(url, rules, found);
			this.checked.put(before, checked);
			this.checked.put(state, checked);
			return checked;
		}
		catch (UnhandledAlertException | NoSuchWindowException ex) {
			// A dialog is open or the window went away: the next check sees the page.
			return null;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).matches("(?s).*(unloaded|context was destroyed|detached).*")) {
				return null;
			}
			throw ex;
		}
	}

	/**
	 * How many times axe ran since the browser started.
	 */
	int runs() {
		return this.runs;
	}

	/**
	 * The violations found since the last call, as lines to read, and forgets them.
	 */
	List<String> takeViolations() {
		List<String> found = new ArrayList<>(this.violations.values());
		this.violations.clear();
		return found;
	}

	static String describe(List<String> violations) {
		return violations.size() + " accessibility violation(s) of impact serious or critical (axe-core " + VERSION
				+ ", issue 20: 0 on every page):\n"
				+ violations.stream().map((v) -> "  - " + v).collect(Collectors.joining("\n"));
	}

}

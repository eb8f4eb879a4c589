package vn.danvan.support;

import java.util.List;
import java.util.Map;

/**
 * What axe-core found on one page ({@link BrowserPage#axe()}): the number of elements per
 * rule of impact serious or critical ("color-contrast (serious)"), and each violation as
 * lines to read (rule, impact, help, page, target selector, why), keyed by page, rule and
 * element.
 *
 * @param url the page's address
 * @param rules elements per rule
 * @param violations the violations to read
 */
public record AxeResult(String url, Map<String, Integer> rules, Map<String, String> violations) {

	public List<String> lines() {
		return List.copyOf(this.violations.values());
	}

	public boolean clean() {
		return this.violations.isEmpty();
	}

}

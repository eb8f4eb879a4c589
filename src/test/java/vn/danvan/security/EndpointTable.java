package vn.danvan.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoint table of {@code docs/security.md}: every mapped endpoint with the object
 * it acts on and the rule that decides who may call it.
 */
record EndpointTable(Map<String, Row> rows) {

	static final Path FILE = Path.of("docs/security.md");

	private static final Pattern ROW = Pattern.compile(
			"^\\|\\s*`(GET|POST|PUT|DELETE|PATCH|ANY)`\\s*\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|\\s*`([a-z-]+)`\\s*\\|");

	static EndpointTable read() throws IOException {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
			Matcher matcher = ROW.matcher(line);
			if (matcher.find()) {
				Row row = new Row(matcher.group(1), matcher.group(2), matcher.group(3).strip(),
						Rule.of(matcher.group(4)));
				if (rows.put(row.key(), row) != null) {
					throw new IllegalStateException("Endpoint listed twice in " + FILE + ": " + row.key());
				}
			}
		}
		return new EndpointTable(rows);
	}

	record Row(String method, String path, String object, Rule rule) {

		String key() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * Who may call an endpoint; the probes of {@link AuthorizationMatrixTests} turn each
	 * rule into an expected answer per role and relation.
	 */
	enum Rule {

		/** no sign-in needed */
		PUBLIC,
		/** any signed-in user: their own things, or reads answered within their scope */
		SIGNED_IN,
		/** the signed-in user's own account */
		SELF,
		/** read within scope: out of scope answers 404 */
		SCOPED_READ,
		/** a commission officer or administrator, acting within their scope */
		OFFICER,
		/**
		 * a reporting officer, commission officer or administrator, within their scope
		 */
		RECORDER,
		/** an officer of the directive's owner unit or of a unit above it */
		OWNER_OFFICER,
		/** an officer of the unit that opened the period or of a unit above it */
		PERIOD_OWNER,
		/**
		 * a reporting officer, commission officer or administrator of the report's own
		 * unit
		 */
		OWN_UNIT_REPORTER,
		/** a commission officer or administrator of a unit above the report's */
		REVIEWER_ABOVE,
		/** an administrator, on users and units within their scope */
		SCOPED_ADMIN,
		/** an administrator of the whole system or of the centre */
		NATIONAL_ADMIN,
		/** an administrator bound to no unit (the whole system) */
		SYSTEM_ADMIN;

		static Rule of(String text) {
			return valueOf(text.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}

		String text() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}

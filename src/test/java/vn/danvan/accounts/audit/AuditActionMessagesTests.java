package vn.danvan.accounts.audit;

import vn.danvan.accounts.AuditLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.danvan.practices.PracticeStatus;
import vn.danvan.reporting.SubmissionState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action written to the audit log has its name in Vietnamese and in English
 * ({@code audit.action.<ACTION>}), so the audit log never shows a raw key, and is offered
 * by the log's action filter. The actions are read from the code: every
 * {@code audit.record(actor, ACTION, …)} call of {@code src/main/java} and every
 * {@code AuditEntry.of(actor, ACTION, …)} of an audited event, its action a text or a
 * constant; the two calls whose action is computed are listed here with what they
 * compute, and a new computed one fails this test until it is listed.
 */
class AuditActionMessagesTests {

	static final Path SOURCES = Path.of("src", "main", "java");

	static final Pattern RECORD = Pattern.compile(
			"(?:\\.(?:audit|auditLog)\\s*\\.\\s*record|\\bAuditEntry\\s*\\.\\s*of)\\(\\s*[^,]+?,\\s*([^,]+?)\\s*,",
			Pattern.DOTALL);

	static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([A-Z_]+)\";");

	@Test
	void everyAuditedActionHasItsMessageInBothLanguagesAndIsInTheFilter() throws IOException {
		Set<String> actions = auditedActions();
		assertThat(actions).as("actions found in the code")
			.hasSizeGreaterThan(40)
			.contains("DIRECTIVE_REGISTERED", "SUBMISSION_APPROVED", "SUBMISSION_REOPENED", "UNIT_CREATED",
					"UNITS_IMPORTED", "ANALYTICS_REBUILT");
		Properties vietnamese = messages("messages.properties");
		Properties english = messages("messages_en.properties");
		assertThat(actions).allSatisfy((action) -> {
			assertThat(vietnamese.getProperty("audit.action." + action)).as("Vietnamese name of %s", action)
				.isNotBlank();
			assertThat(english.getProperty("audit.action." + action)).as("English name of %s", action).isNotBlank();
		});
		assertThat(AuditLogController.ACTIONS).as("the audit log's action filter").containsAll(actions);
		// and every action the filter offers, and every sentence of the details, in both
		// languages
		assertThat(AuditLogController.ACTIONS).allSatisfy((action) -> {
			assertThat(vietnamese.getProperty("audit.action." + action)).as("Vietnamese name of %s", action)
				.isNotBlank();
			assertThat(english.getProperty("audit.action." + action)).as("English name of %s", action).isNotBlank();
		});
		assertThat(AuditDetails.SENTENCES.keySet()).allSatisfy((action) -> {
			assertThat(vietnamese.getProperty("audit.sentence." + action)).as("Vietnamese sentence of %s", action)
				.isNotBlank();
			assertThat(english.getProperty("audit.sentence." + action)).as("English sentence of %s", action)
				.isNotBlank();
		});
	}

	static Set<String> auditedActions() throws IOException {
		Map<Path, String> files = new HashMap<>();
		try (Stream<Path> paths = Files.walk(SOURCES)) {
			paths.filter((p) -> p.toString().endsWith(".java")).forEach((p) -> files.put(p, read(p)));
		}
		Map<String, String> anyConstant = new HashMap<>();
		files.values().forEach((text) -> constants(text).forEach(anyConstant::putIfAbsent));
		Map<String, String> auditLogConstants = constants(
				files.get(SOURCES.resolve("vn/danvan/accounts/AuditLog.java")));
		Set<String> actions = new TreeSet<>();
		files.forEach((path, text) -> {
			Map<String, String> own = constants(text);
			Matcher call = RECORD.matcher(text);
			while (call.find()) {
				String expression = call.group(1).trim();
				if (expression.matches("\"[A-Z_]+\"")) {
					actions.add(expression.substring(1, expression.length() - 1));
				}
				else if (expression.startsWith("AuditLog.")) {
					actions.add(auditLogConstants.get(expression.substring("AuditLog.".length())));
				}
				else if (own.containsKey(expression)) {
					actions.add(own.get(expression));
				}
				else if (auditLogConstants.containsKey(expression)
						&& path.startsWith(SOURCES.resolve("vn/danvan/accounts"))) {
					actions.add(auditLogConstants.get(expression));
				}
				else {
					actions.addAll(computed(path, expression));
				}
			}
		});
		assertThat(actions).doesNotContainNull();
		return actions;
	}

	/**
	 * What the audit calls with a computed action write.
	 */
	static Set<String> computed(Path file, String expression) {
		String name = file.getFileName().toString();
		if ((name.equals("Submissions.java") || name.equals("SubmissionStateChanged.java"))
				&& expression.equals("action")) {
			// "SUBMISSION_" + the state moved to, or SUBMISSION_REOPENED (approved →
			// returned)
			Set<String> actions = new TreeSet<>(Set.of("SUBMISSION_REOPENED"));
			for (SubmissionState to : Set.of(SubmissionState.SUBMITTED, SubmissionState.RETURNED,
					SubmissionState.APPROVED)) {
				actions.add("SUBMISSION_" + to.name());
			}
			return actions;
		}
		if (name.equals("AuditedEventsWriter.java") && expression.equals("entry.action()")) {
			// writes what an Audited event says: its action is found at its
			// AuditEntry.of(...)
			return Set.of();
		}
		if (name.equals("PracticeStatusChanged.java") && expression.equals("\"PRACTICE_\" + this.to.name()")) {
			// "PRACTICE_" + the status a model moved to (it is never moved back to
			// REGISTERED)
			Set<String> actions = new TreeSet<>();
			for (PracticeStatus to : PracticeStatus.values()) {
				if (to != PracticeStatus.REGISTERED) {
					actions.add("PRACTICE_" + to.name());
				}
			}
			return actions;
		}
		throw new AssertionError("The audit call in " + file + " writes the computed action \"" + expression
				+ "\": list what it computes in AuditActionMessagesTests.computed");
	}

	static Map<String, String> constants(String text) {
		Map<String, String> constants = new HashMap<>();
		Matcher constant = CONSTANT.matcher(text);
		while (constant.find()) {
			constants.put(constant.group(1), constant.group(2));
		}
		return constants;
	}

	static Properties messages(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditActionMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

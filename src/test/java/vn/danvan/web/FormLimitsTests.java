package vn.danvan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.text.TextLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every text field of every page says its limit ({@code maxlength}, from
 * {@link TextLimits}) before the server refuses a longer text.
 */
@DanvanIntegrationTest
class FormLimitsTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern FIELD = Pattern.compile("<(input|textarea)\\b([^>]*)>", Pattern.DOTALL);

	static final Pattern TYPE = Pattern.compile("(?<![:\\w-])type=\"([^\"]+)\"");

	/** Inputs that hold no free text. */
	static final Set<String> NOT_TEXT = Set.of("hidden", "checkbox", "radio", "number", "date", "file", "submit",
			"month", "color", "range", "datetime-local", "time", "week");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void everyTextInputAndTextareaOfTheTemplatesHasAMaxlength() throws IOException {
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				Matcher field = FIELD.matcher(html);
				while (field.find()) {
					String attributes = field.group(2);
					Matcher type = TYPE.matcher(attributes);
					String kind = type.find() ? type.group(1) : field.group(1);
					if (!NOT_TEXT.contains(kind) && !attributes.contains("maxlength")) {
						int line = html.substring(0, field.start()).split("\n", -1).length;
						missing.add(TEMPLATES.relativize(file) + ":" + line + " " + attributes.strip());
					}
				}
			}
		}
		assertThat(missing).as("text fields without maxlength").isEmpty();
	}

	@Test
	void thePagesRenderTheLimitsOfTextLimits() throws Exception {
		var admin = this.accounts.principal("admin").orElseThrow();
		String users = page("/admin/users/new", admin);
		assertThat(users).containsPattern("id=\"username\"[^>]*maxlength=\"" + TextLimits.CODE + "\"|maxlength=\""
				+ TextLimits.CODE + "\"[^>]*id=\"username\"");
		assertThat(users).contains("maxlength=\"200\"").contains("maxlength=\"254\"");
		// BCrypt reads 72 bytes of a password: the field stops there too.
		assertThat(users).containsPattern("maxlength=\"72\"[^>]*type=\"password\"");
		String directive = page("/directives/new", admin);
		assertThat(directive).contains("maxlength=\"" + TextLimits.SUMMARY + "\"")
			.contains("maxlength=\"" + TextLimits.TITLE + "\"")
			.contains("maxlength=\"" + TextLimits.CODE + "\"");
		assertThat(page("/units", admin)).contains("maxlength=\"" + TextLimits.NAME + "\"");
	}

	String page(String path, vn.danvan.accounts.SignedInUser as) throws Exception {
		return this.mvc.perform(get(path).with(user(as)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

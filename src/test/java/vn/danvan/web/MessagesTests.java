package vn.danvan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text has a Vietnamese and an English version.
 */
class MessagesTests {

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Properties vietnamese = load("messages.properties");
		Properties english = load("messages_en.properties");
		Set<String> onlyVietnamese = new TreeSet<>(vietnamese.stringPropertyNames());
		onlyVietnamese.removeAll(english.stringPropertyNames());
		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
		onlyEnglish.removeAll(vietnamese.stringPropertyNames());
		assertThat(onlyVietnamese).as("keys missing in messages_en.properties").isEmpty();
		assertThat(onlyEnglish).as("keys missing in messages.properties").isEmpty();
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as(file)
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void vietnameseIsReallyVietnamese() throws IOException {
		assertThat(load("messages.properties").getProperty("login.submit")).isEqualTo("Đăng nhập");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

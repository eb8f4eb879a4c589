package vn.danvan.web;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.danvan.shared.time.VietnameseDateFormatter;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and is remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/**
	 * Strings in JSON request bodies are checked as form fields are (see
	 * {@link UnreadableTextFilter}).
	 */
	@Bean
	CheckedTextModule checkedTextModule() {
		return new CheckedTextModule();
	}

	/**
	 * A {@code null} inside a list of a request body ({@code "units": [null]}) makes the
	 * body unreadable (400) instead of reaching the code that uses the list.
	 */
	@Bean
	JsonMapperBuilderCustomizer nullsInListsRefused() {
		JsonSetter.Value failOnNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return (builder) -> builder
			.withConfigOverride(List.class, (override) -> override.setNullHandling(failOnNullElements))
			.withConfigOverride(Set.class, (override) -> override.setNullHandling(failOnNullElements))
			.withConfigOverride(Collection.class, (override) -> override.setNullHandling(failOnNullElements));
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("danvan-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * One way to read and show a date in every form and query: {@code dd/MM/yyyy}
	 * whatever the browser's language ({@code yyyy-MM-dd} read too). Added after Spring's
	 * own formatters, so it is the one used, also where a field says
	 * {@code @DateTimeFormat(iso = DATE)}.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(java.time.LocalDate.class, new VietnameseDateFormatter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				return "en".equals(localeValue) ? Locale.ENGLISH : VIETNAMESE;
			}
		};
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

}

package vn.danvan.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import vn.danvan.shared.text.TextLimits;

/**
 * Every string read as JSON, as a value or as a key, is refused when it holds a NUL or
 * half of a surrogate pair (neither can be stored in PostgreSQL): a request body is then
 * unreadable (400 with a Vietnamese problem detail naming the field) instead of a
 * database error (500). Registered with Spring's JSON mapper as a module bean.
 */
class CheckedTextModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	CheckedTextModule() {
		super("danvan-checked-text");
		addDeserializer(String.class, new CheckedStringDeserializer());
		addKeyDeserializer(String.class, new CheckedKeyDeserializer());
	}

	/**
	 * The message key saying what is wrong with a string of the request body; carried as
	 * the message of the {@link InvalidFormatException}.
	 */
	static final class UncheckedText extends InvalidFormatException {

		private static final long serialVersionUID = 1L;

		private final String messageKey;

		UncheckedText(JsonParser parser, String messageKey, String value) {
			super(parser, messageKey, (value.length() > 100) ? value.substring(0, 100) : value, String.class);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	private static final class CheckedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return check(parser, super.deserialize(parser, context));
		}

	}

	private static final class CheckedKeyDeserializer extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
			return check(context.getParser(), key);
		}

	}

	static String check(JsonParser parser, String value) {
		// No length limit here: this mapper also reads what Danvan stored itself (the
		// audit
		// log's details, event publications); each field's limit is checked by its
		// service
		// and the database.
		String problem = TextLimits.problem(value, Integer.MAX_VALUE);
		if (problem != null) {
			throw new UncheckedText(parser, problem, value);
		}
		return value;
	}

}

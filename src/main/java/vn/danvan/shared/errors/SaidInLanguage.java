package vn.danvan.shared.errors;

/**
 * A property of a refusal made of message keys (the refused values of a form, each with
 * its own message): the web layer resolves it in the reader's language before adding it
 * to the problem details.
 */
@FunctionalInterface
public interface SaidInLanguage {

	/** The property's value, its messages said with {@code messages}. */
	Object in(Messages messages);

	/** The messages of the reader's language. */
	@FunctionalInterface
	interface Messages {

		String say(String key, Object... arguments);

	}

}

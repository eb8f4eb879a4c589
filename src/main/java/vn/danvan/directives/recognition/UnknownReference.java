package vn.danvan.directives.recognition;

import java.time.Instant;
import vn.danvan.directives.DirectiveType;

/**
 * A reference found in texts that matches no registered directive (or several), with what
 * is needed to register it.
 *
 * @param key what identifies the referenced document ({@link FoundReference#key()})
 * @param count how many times it was mentioned
 * @param lastMention the latest mention, to show where it was seen
 */
public record UnknownReference(String key, String label, Resolution resolution, long count, Instant lastSeen,
		Mention lastMention) {

	/**
	 * The type to prefill the registration form with.
	 */
	public DirectiveType type() {
		return DirectiveType.valueOf(this.key.split("\\|", -1)[0]);
	}

	/**
	 * The symbol to prefill the registration form with: the written symbol, else the
	 * number.
	 */
	public String symbol() {
		String[] parts = this.key.split("\\|", -1);
		return parts[2].isEmpty() ? parts[1] : parts[2];
	}

	/**
	 * The name to prefill the registration form with, for a directive named without a
	 * number (as written), else {@code null}.
	 */
	public String name() {
		return (this.key.split("\\|", -1).length > 4) ? this.label : null;
	}

}

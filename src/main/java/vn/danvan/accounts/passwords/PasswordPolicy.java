package vn.danvan.accounts.passwords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharactersRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;

/**
 * What a new password must not be, checked with Passay: a run of five or more keys in a
 * row ({@code 12345}, {@code abcde}, {@code qwert}), the same character four times
 * ({@code aaaa}), or one of the words most common passwords are made of once lower-cased,
 * with letters written as digits read back ({@code p@ssw0rd}) and the digits and signs at
 * its ends removed ({@code password12}, {@code Matkhau@2024}). Long passphrases that
 * merely contain such a word are accepted: length protects them.
 */
public final class PasswordPolicy {

	private static final String COMMON_WORDS = "/accounts/common-passwords.txt";

	private final PasswordValidator sequences;

	private final DictionaryRule commonWords;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	/**
	 * A random password of 16 letters and digits (none that look alike: no 0/O, 1/l/I),
	 * for the first administrator and for a password an administrator resets. The caller
	 * still checks it against the policy (a random run such as {@code abcde} is
	 * possible).
	 */
	public static String randomPassword() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	public PasswordPolicy() {
		this.sequences = new PasswordValidator(List.of(new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false), new RepeatCharactersRule(4, 1)));
		this.commonWords = new DictionaryRule(new WordListDictionary(new ArrayWordList(words(), false)));
	}

	/**
	 * The message key of what makes the password easy to guess, or {@code null}.
	 */
	public String problem(String password, String username) {
		RuleResult result = this.sequences.validate(new PasswordData(password));
		if (!result.isValid()) {
			for (RuleResultDetail detail : result.getDetails()) {
				if (RepeatCharactersRule.ERROR_CODE.equals(detail.getErrorCode())) {
					return "password.error.repeated";
				}
			}
			return "password.error.sequence";
		}
		String base = base(password);
		if (base.isEmpty() || !this.commonWords.validate(new PasswordData(base)).isValid()) {
			return "password.error.common";
		}
		if (username != null && !username.isBlank() && base.equals(base(username))) {
			return password.equalsIgnoreCase(username) ? "password.error.sameAsUsername"
					: "password.error.likeUsername";
		}
		return null;
	}

	/**
	 * Lower case, digits read as the letters they stand for in "leet" spelling where they
	 * sit between letters, separators dropped, digits and signs at the ends removed.
	 */
	static String base(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		StringBuilder read = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			boolean inside = i > 0 && i < lower.length() - 1 && Character.isLetter(lower.charAt(i - 1))
					&& Character.isLetter(lower.charAt(i + 1));
			read.append(switch (c) {
				case '@' -> inside ? 'a' : c;
				case '$' -> inside ? 's' : c;
				case '0' -> inside ? 'o' : c;
				case '1' -> inside ? 'i' : c;
				case '3' -> inside ? 'e' : c;
				case '4' -> inside ? 'a' : c;
				case '5' -> inside ? 's' : c;
				case '7' -> inside ? 't' : c;
				default -> c;
			});
		}
		String letters = read.toString().replaceAll("[\\s._\\-]+", "");
		return letters.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
	}

	private static String[] words() {
		TreeSet<String> words = new TreeSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_WORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_WORDS + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words.toArray(String[]::new);
	}

}

package vn.danvan.directives.recognition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.danvan.directives.DirectiveType;

/**
 * Finds the names and aliases of registered directives in a text ("Nghị quyết Đại hội
 * XIII của Đảng", "nghi quyet TW4 khoa XII"), compared by {@link NameKey}: without
 * diacritics, case or punctuation, whole words only, the longest name at a place. Built
 * from the register once per recognition; plain Java, thread-safe once built.
 */
public final class NamedReferences {

	private static final NamedReferences NONE = new NamedReferences(Map.of(), Map.of());

	/** Name keys by their first word, longest first. */
	private final Map<String, List<String>> byFirstWord;

	/** The types of the directives each key names. */
	private final Map<String, Set<DirectiveType>> types;

	private NamedReferences(Map<String, List<String>> byFirstWord, Map<String, Set<DirectiveType>> types) {
		this.byFirstWord = byFirstWord;
		this.types = types;
	}

	public static NamedReferences none() {
		return NONE;
	}

	public static NamedReferences of(Collection<CatalogueEntry> catalogue) {
		Map<String, List<String>> byFirstWord = new HashMap<>();
		Map<String, Set<DirectiveType>> types = new HashMap<>();
		for (CatalogueEntry entry : catalogue) {
			for (String key : entry.nameKeys()) {
				// a name must say more than one word to be told from ordinary text
				if (key.indexOf(' ') < 0) {
					continue;
				}
				if (!types.containsKey(key)) {
					byFirstWord.computeIfAbsent(key.substring(0, key.indexOf(' ')), (w) -> new ArrayList<>()).add(key);
				}
				types.computeIfAbsent(key, (k) -> new TreeSet<>()).add(entry.type());
			}
		}
		byFirstWord.values().forEach((keys) -> keys.sort((a, b) -> Integer.compare(b.length(), a.length())));
		return new NamedReferences(byFirstWord, types);
	}

	/**
	 * "Nghị quyết Trung ương 4 (khóa XII)": the parenthesis opened inside the name is
	 * closed with it.
	 */
	private static int closingParenthesis(String text, int start, int end) {
		String matched = text.substring(start, end);
		if (matched.chars().filter((c) -> c == '(').count() <= matched.chars().filter((c) -> c == ')').count()) {
			return end;
		}
		int at = end;
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return (at < text.length() && text.charAt(at) == ')') ? at + 1 : end;
	}

	public boolean isEmpty() {
		return this.types.isEmpty();
	}

	/**
	 * The names found in the text, in order of position, none overlapping.
	 */
	public List<FoundReference> find(String text) {
		if (this.types.isEmpty() || text == null || text.isEmpty()) {
			return List.of();
		}
		// the text as keys are written (words of letters and digits, one space between),
		// with the position in the original text of every character
		DirectiveText folded = DirectiveText.of(text);
		String f = folded.folded();
		StringBuilder k = new StringBuilder(f.length());
		int[] origin = new int[f.length() + 1];
		int[] originEnd = new int[f.length() + 1];
		boolean space = false;
		for (int i = 0; i < f.length(); i++) {
			char c = f.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (space && k.length() > 0) {
					origin[k.length()] = folded.start(i);
					originEnd[k.length()] = folded.start(i);
					k.append(' ');
				}
				origin[k.length()] = folded.start(i);
				originEnd[k.length()] = folded.end(i + 1);
				k.append(c);
				space = false;
			}
			else {
				space = true;
			}
		}
		String keyed = k.toString();
		List<FoundReference> found = new ArrayList<>();
		int i = 0;
		while (i < keyed.length()) {
			if (i > 0 && keyed.charAt(i - 1) != ' ') {
				i++;
				continue;
			}
			int wordEnd = keyed.indexOf(' ', i);
			String word = keyed.substring(i, (wordEnd < 0) ? keyed.length() : wordEnd);
			String match = null;
			for (String key : this.byFirstWord.getOrDefault(word, List.of())) {
				int end = i + key.length();
				if (keyed.startsWith(key, i) && (end == keyed.length() || keyed.charAt(end) == ' ')) {
					match = key;
					break;
				}
			}
			if (match == null) {
				i = (wordEnd < 0) ? keyed.length() : wordEnd + 1;
				continue;
			}
			int start = origin[i];
			int end = closingParenthesis(text, start, originEnd[i + match.length() - 1]);
			found.add(FoundReference.named(start, end, text.substring(start, end), List.copyOf(this.types.get(match)),
					match));
			i += match.length();
		}
		return found;
	}

}

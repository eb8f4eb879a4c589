package vn.danvan.directives.recognition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.directives.DirectiveType;

/**
 * Finds directive references in Vietnamese text, with or without diacritics: a type word
 * and a number ("Nghị quyết 25", "Chỉ thị số 43", "Quyết định 217 và 218"), a full symbol
 * with or without a type word ("25-NQ/TW", "Quy định 11-QĐi/TW", "Quyết định số
 * 1234/QĐ-UBND"), followed in any order by a date ("ngày 14/5/2015", "3-6-2013", "ngày 3
 * tháng 6 năm 2013"), a year, an issuing body ("của Ban Bí thư") and a term ("khóa XI").
 * Plain Java, thread-safe, no database: {@link ReferenceResolver} looks the references up
 * in the register.
 */
public final class DirectiveRecogniser {

	private static final Map<String, DirectiveType> TYPE_WORDS = Map.ofEntries(
			Map.entry("nghi quyet", DirectiveType.RESOLUTION), Map.entry("chi thi", DirectiveType.DIRECTIVE),
			Map.entry("quyet dinh", DirectiveType.DECISION), Map.entry("quy dinh", DirectiveType.REGULATION),
			Map.entry("ket luan", DirectiveType.CONCLUSION), Map.entry("thong bao ket luan", DirectiveType.NOTICE),
			Map.entry("thong bao", DirectiveType.NOTICE), Map.entry("huong dan", DirectiveType.GUIDANCE),
			Map.entry("ke hoach", DirectiveType.PLAN), Map.entry("de an", DirectiveType.PROJECT),
			Map.entry("nq", DirectiveType.RESOLUTION), Map.entry("ct", DirectiveType.DIRECTIVE),
			Map.entry("qd", DirectiveType.DECISION), Map.entry("qdi", DirectiveType.REGULATION),
			Map.entry("kl", DirectiveType.CONCLUSION), Map.entry("tb", DirectiveType.NOTICE),
			Map.entry("cong van", DirectiveType.OFFICIAL_LETTER), Map.entry("cv", DirectiveType.OFFICIAL_LETTER));

	/** The first letters of the type words. */
	private static final String TYPE_WORD_STARTS = "nckqthd";

	private static final String ABBREVIATIONS = "nq|ct|qdi|qd|kl|tb|hd|kh|da|ctr|qc|cv";

	/** A type word, then "số" (with an optional colon). */
	private static final Pattern TYPE_WORD = Pattern.compile(
			"(thong bao ket luan|nghi quyet|chi thi|quyet dinh|quy dinh|ket luan|thong bao|huong dan|ke hoach|de an"
					+ "|cong van|nq|ct|qdi|qd|kl|tb|cv)\\s+(?:so\\s*:?\\s*)?(?=\\d)");

	/**
	 * A number with its symbol: Party style "25-NQ/TW", state style "1234/QĐ-UBND" or
	 * "10/2022/QH15", or bare.
	 */
	private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})(?:(?:\\s*-\\s*|\\s+|/)(" + ABBREVIATIONS
			+ ")\\s*/\\s*([a-z]{1,8}))?(/(?:(?:19|20)\\d{2}/)?[a-z]{1,8}\\d{0,3}(?:-[a-z0-9]{1,8}){0,2})?(?![\\w/%])(?![.,]\\d)");

	/** A Party symbol written the state's way: "43/CT-TW" for "43-CT/TW". */
	private static final Pattern MISWRITTEN_PARTY_SYMBOL = Pattern
		.compile("/(nq|ct|qdi|qd|kl|tb|hd|cv)-(tw|tu|hu|vptw)");

	/** A Party symbol without a type word before it. */
	private static final Pattern SYMBOL = Pattern
		.compile("(\\d{1,5})\\s*-\\s*(" + ABBREVIATIONS + ")\\s*/\\s*([a-z]{1,8})(?![\\w/])");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|va|cung)\\s*(?:so\\s+)?(?=\\d)");

	private static final Pattern DATE = Pattern
		.compile("\\s*,?\\s*(?:ngay\\s*)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern DATE_IN_WORDS = Pattern
		.compile("\\s*,?\\s*ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern YEAR = Pattern
		.compile("\\s*(?:,?\\s*nam\\s+((?:19|20)\\d{2})|\\(\\s*((?:19|20)\\d{2})\\s*\\))(?!\\d)");

	private static final Pattern ISSUER = Pattern
		.compile("\\s*,?\\s*(?:cua|do)\\s+((?:hoi nghi (?:lan thu [a-z0-9]+ )?)?"
				+ "(?:ban chap hanh trung uong|bch trung uong|bchtw|bo chinh tri|ban bi thu|ban thuong vu tinh uy"
				+ "|ban thuong vu thanh uy|thuong truc tinh uy|ban chap hanh dang bo tinh|tinh uy|thanh uy"
				+ "|ban thuong vu huyen uy|huyen uy|dang uy|thu tuong chinh phu|chinh phu|quoc hoi|uy ban nhan dan tinh"
				+ "|ubnd tinh|trung uong)(?:\\s+(?:trung uong dang|trung uong|dang))?)(?![a-z])");

	private static final Pattern TERM = Pattern.compile("\\s*,?\\s*\\(?\\s*khoa\\s+([ivxl]{1,5})\\b\\s*\\)?");

	/**
	 * Words after a bare number that show it counts something instead of naming a
	 * document.
	 */
	private static final Set<String> COUNTED = Set.of("thang", "nam", "ngay", "lan", "diem", "muc", "dieu", "khoan",
			"noi", "nhiem", "giai", "van", "nghi", "chi", "ket", "quy", "quyet", "thong", "huong", "cap", "don", "xa",
			"tinh", "huyen", "ty", "trieu", "nghin", "ngan", "nguoi", "dong", "ho", "thon", "to", "gio", "phut", "tuan",
			"chuong", "ban", "de", "ke", "phan", "trang", "buoc", "tieu", "chu", "linh", "mo", "hoi", "dai", "doan",
			"lop", "khoa", "nhom", "vu", "luot", "so");

	/**
	 * The references in the text, with the registered names and aliases found in it
	 * ({@link NamedReferences}), in order of position. Where a name and a numbered
	 * reference overlap, the longer is kept (the numbered one when they are as long).
	 */
	public List<FoundReference> find(String text, NamedReferences names) {
		List<FoundReference> numbered = find(text);
		List<FoundReference> named = names.find(text);
		if (named.isEmpty()) {
			return numbered;
		}
		// both lists are in order of position: one pass keeps, of two that overlap, the
		// longer (the numbered one when they are as long)
		List<FoundReference> all = new ArrayList<>(numbered.size() + named.size());
		int i = 0;
		int j = 0;
		while (i < numbered.size() || j < named.size()) {
			boolean takeNumbered = j >= named.size()
					|| (i < numbered.size() && numbered.get(i).start() <= named.get(j).start());
			FoundReference next = takeNumbered ? numbered.get(i++) : named.get(j++);
			FoundReference last = all.isEmpty() ? null : all.get(all.size() - 1);
			if (last == null || !overlaps(last, next.start(), next.end())) {
				all.add(next);
			}
			else if (longer(next, last)) {
				all.set(all.size() - 1, next);
			}
		}
		return all;
	}

	private static boolean longer(FoundReference candidate, FoundReference kept) {
		int a = candidate.end() - candidate.start();
		int b = kept.end() - kept.start();
		return a > b || (a == b && candidate.name() == null && kept.name() != null);
	}

	/**
	 * The references in the text, in order of position.
	 */
	public List<FoundReference> find(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		DirectiveText folded = DirectiveText.of(text);
		String f = folded.folded();
		List<FoundReference> found = new ArrayList<>();
		// Regular expressions are tried only where a type word or a number may start:
		// most
		// positions are rejected by one character test.
		Matcher typeWord = TYPE_WORD.matcher(f).useTransparentBounds(true);
		Matcher symbol = SYMBOL.matcher(f).useTransparentBounds(true);
		int covered = 0;
		for (int i = 0; i < f.length(); i++) {
			char c = f.charAt(i);
			if (i < covered || TYPE_WORD_STARTS.indexOf(c) < 0
					|| (i > 0 && Character.isLetterOrDigit(f.charAt(i - 1)))) {
				continue;
			}
			typeWord.region(i, f.length());
			if (!typeWord.lookingAt()) {
				continue;
			}
			String word = typeWord.group(1);
			if (word.length() <= 3 && !upperCase(text, folded, typeWord.start(1), typeWord.end(1))) {
				continue;
			}
			int end = references(text, folded, typeWord.start(), typeWord.end(), TYPE_WORDS.get(word), found);
			if (end > 0) {
				covered = end;
			}
		}
		List<FoundReference> bySymbol = new ArrayList<>();
		for (int i = 0; i < f.length(); i++) {
			char c = f.charAt(i);
			if (c < '0' || c > '9' || (i > 0 && symbolCannotStartAfter(f.charAt(i - 1)))) {
				continue;
			}
			symbol.region(i, f.length());
			if (!symbol.lookingAt()) {
				continue;
			}
			int start = i;
			int end = symbol.end();
			if (found.stream().noneMatch((r) -> overlaps(r, folded.start(start), folded.end(end)))) {
				references(text, folded, start, start, null, bySymbol);
			}
			i = end;
		}
		found.addAll(bySymbol);
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	private static boolean symbolCannotStartAfter(char previous) {
		return Character.isLetterOrDigit(previous) || previous == '_' || previous == '/' || previous == '.'
				|| previous == '-';
	}

	private static boolean overlaps(FoundReference reference, int start, int end) {
		return reference.start() < end && start < reference.end();
	}

	/**
	 * Reads one or more numbers from {@code numbersAt} on, then the tails they share;
	 * adds the references and returns the end in the folded text, or -1 when nothing is a
	 * reference.
	 */
	private int references(String text, DirectiveText folded, int start, int numbersAt, DirectiveType wordType,
			List<FoundReference> found) {
		String f = folded.folded();
		List<int[]> spans = new ArrayList<>();
		List<MatchResult> numbers = new ArrayList<>();
		int pos = numbersAt;
		Matcher number = NUMBER.matcher(f).useTransparentBounds(true);
		Matcher separator = LIST_SEPARATOR.matcher(f).useTransparentBounds(true);
		while (true) {
			number.region(pos, f.length());
			if (!number.lookingAt() || (wordType == null && number.group(2) == null)) {
				break;
			}
			boolean bare = number.group(2) == null && number.group(4) == null;
			if (bare && (counts(f, number.end()) || looksLikeYear(number.group(1)))) {
				break;
			}
			spans.add(new int[] { pos, number.end() });
			numbers.add(number.toMatchResult());
			pos = number.end();
			separator.region(pos, f.length());
			if (!separator.lookingAt()) {
				break;
			}
			pos = separator.end();
			if (wordType == null) {
				break;
			}
		}
		if (numbers.isEmpty()) {
			return -1;
		}
		int end = spans.get(spans.size() - 1)[1];
		LocalDate date = null;
		Integer year = null;
		String issuerText = null;
		String term = null;
		Matcher matcher;
		for (int i = 0; i < 4; i++) {
			if (date == null && year == null && (matcher = at(DATE, f, end)) != null) {
				date = date(matcher.group(1), matcher.group(3), matcher.group(4));
				if (date == null) {
					break;
				}
			}
			else if (date == null && year == null && (matcher = at(DATE_IN_WORDS, f, end)) != null) {
				date = date(matcher.group(1), matcher.group(2), matcher.group(3));
				if (date == null) {
					break;
				}
			}
			else if (date == null && year == null && (matcher = at(YEAR, f, end)) != null) {
				year = Integer.valueOf((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
			}
			else if (issuerText == null && (matcher = at(ISSUER, f, end)) != null) {
				issuerText = text.substring(folded.start(matcher.start(1)), folded.end(matcher.end(1)));
			}
			else if (term == null && (matcher = at(TERM, f, end)) != null) {
				term = matcher.group(1).toUpperCase(java.util.Locale.ROOT);
			}
			else {
				break;
			}
			end = matcher.end();
		}
		if (date != null) {
			year = date.getYear();
		}
		IssuerKind issuer = (issuerText != null) ? IssuerKind.of(issuerText) : null;
		for (int i = 0; i < numbers.size(); i++) {
			MatchResult n = numbers.get(i);
			int from = (i == 0) ? start : spans.get(i)[0];
			int to = (i == numbers.size() - 1) ? end : spans.get(i)[1];
			int originalStart = folded.start(from);
			int originalEnd = folded.end(to);
			found.add(reference(text, folded, originalStart, originalEnd, wordType, n, date, year, issuer, issuerText,
					term));
		}
		return end;
	}

	private static FoundReference reference(String text, DirectiveText folded, int start, int end,
			DirectiveType wordType, MatchResult number, LocalDate date, Integer year, IssuerKind issuer,
			String issuerText, String term) {
		String digits = CatalogueEntry.withoutLeadingZeros(number.group(1));
		String symbol = null;
		String suffix = null;
		List<DirectiveType> types = (wordType != null) ? List.of(wordType) : List.of();
		if (number.group(2) != null) {
			suffix = text.substring(folded.start(number.start(3)), folded.end(number.end(3)))
				.toUpperCase(java.util.Locale.ROOT);
			symbol = symbolAsWritten(number.group(1), number.group(2), suffix);
			DirectiveType bySymbol = DirectiveType.ofAbbreviation(number.group(2)).orElse(null);
			if (bySymbol == DirectiveType.DECISION && (wordType == null || wordType == DirectiveType.REGULATION)) {
				types = (wordType == DirectiveType.REGULATION) ? List.of(DirectiveType.REGULATION)
						: List.of(DirectiveType.DECISION, DirectiveType.REGULATION);
			}
			else if (bySymbol != null) {
				types = List.of(bySymbol);
			}
			else if (types.isEmpty()) {
				types = List.of(DirectiveType.DECISION);
			}
		}
		else if (number.group(4) != null && MISWRITTEN_PARTY_SYMBOL.matcher(number.group(4)).matches()) {
			Matcher party = MISWRITTEN_PARTY_SYMBOL.matcher(number.group(4));
			party.matches();
			suffix = party.group(2).toUpperCase(java.util.Locale.ROOT);
			symbol = symbolAsWritten(number.group(1), party.group(1), suffix);
			types = DirectiveType.ofAbbreviation(party.group(1)).map(List::of).orElse(types);
		}
		else if (number.group(4) != null) {
			symbol = number.group(1) + text.substring(folded.start(number.start(4)), folded.end(number.end(4)))
				.toUpperCase(java.util.Locale.ROOT);
		}
		return new FoundReference(start, end, text.substring(start, end), types, digits, symbol, suffix, date, year,
				issuer, issuerText, term);
	}

	/**
	 * The symbol in its usual spelling: "25-NQ/TW", "11-QĐi/TW", "1035-TB/TU".
	 */
	private static String symbolAsWritten(String digits, String abbreviation, String suffix) {
		String type = DirectiveType.ofAbbreviation(abbreviation)
			.map(DirectiveType::abbreviation)
			.orElse(abbreviation.toUpperCase(java.util.Locale.ROOT));
		return digits + "-" + type + "/" + suffix;
	}

	private static boolean counts(String f, int at) {
		int i = at;
		while (i < f.length() && f.charAt(i) == ' ') {
			i++;
		}
		if (i == at || i >= f.length() || !Character.isLetter(f.charAt(i))) {
			return i < f.length() && f.charAt(i) == '%';
		}
		int wordEnd = i;
		while (wordEnd < f.length() && Character.isLetter(f.charAt(wordEnd))) {
			wordEnd++;
		}
		String word = f.substring(i, wordEnd);
		if (!COUNTED.contains(word)) {
			return false;
		}
		// "năm 2013" and "ngày 14/5/2015" are a year and a date, not a count
		return at(YEAR, f, at) == null && at(DATE, f, at) == null && at(DATE_IN_WORDS, f, at) == null;
	}

	private static boolean looksLikeYear(String digits) {
		return digits.length() == 4 && digits.compareTo("1945") >= 0 && digits.compareTo("2099") <= 0;
	}

	private static Matcher at(Pattern pattern, String f, int pos) {
		Matcher matcher = pattern.matcher(f).useTransparentBounds(true);
		matcher.region(pos, f.length());
		return matcher.lookingAt() ? matcher : null;
	}

	private static LocalDate date(String day, String month, String year) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean upperCase(String text, DirectiveText folded, int start, int end) {
		String original = text.substring(folded.start(start), folded.end(end));
		return original.equals(original.toUpperCase(java.util.Locale.ROOT));
	}

}

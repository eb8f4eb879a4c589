package vn.danvan.units.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;

/**
 * A list of units in the CSV format of {@code docs/units-csv-import.md}, read and checked
 * line by line on its own (encoding, RFC 4180 records, header, columns, levels, kinds,
 * dates); {@link CsvUnitImporter} checks the lines against each other and the database.
 */
final class CsvUnitFile {

	static final List<String> COLUMNS = List.of("code", "name", "full_name", "level", "kind", "parent_code",
			"valid_from", "valid_to");

	static final String FORMED_FROM = "formed_from";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int MAX_BYTES = 20 * 1024 * 1024;

	private CsvUnitFile() {
	}

	static String read(InputStream in, List<ImportIssue> errors) {
		byte[] bytes;
		try (in) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			errors.add(new ImportIssue("tệp", "Không đọc được tệp: " + ex.getMessage()));
			return null;
		}
		if (bytes.length > MAX_BYTES) {
			errors.add(new ImportIssue("tệp", "Tệp quá lớn (tối đa 20 MB)."));
			return null;
		}
		if (bytes.length == 0) {
			errors.add(new ImportIssue("tệp", "Tệp rỗng."));
			return null;
		}
		for (byte b : bytes) {
			if (b == 0) {
				errors.add(new ImportIssue("tệp",
						"Tệp không phải văn bản CSV (có dữ liệu nhị phân). Vui lòng lưu bảng tính dưới dạng CSV UTF-8."));
				return null;
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			errors.add(new ImportIssue("tệp",
					"Tệp không phải văn bản UTF-8. Vui lòng lưu bảng tính dưới dạng CSV UTF-8 (dấu phẩy)."));
			return null;
		}
	}

	static List<Line> parse(String text, List<ImportIssue> errors, List<ImportIssue> warnings) {
		List<Line> lines = new ArrayList<>();
		List<Record> records = records(text, errors);
		if (records.isEmpty()) {
			if (errors.isEmpty()) {
				errors.add(new ImportIssue("tệp", "Tệp rỗng."));
			}
			return lines;
		}
		List<String> header = records.get(0).fields().stream().map((h) -> h.strip().toLowerCase(Locale.ROOT)).toList();
		boolean formedFrom = header.size() == COLUMNS.size() + 1 && FORMED_FROM.equals(header.get(COLUMNS.size()));
		if (!header.subList(0, Math.min(header.size(), COLUMNS.size())).equals(COLUMNS)
				|| (header.size() != COLUMNS.size() && !formedFrom)) {
			errors.add(new ImportIssue("dòng 1", "Sai tiêu đề. Cần đúng các cột: " + String.join(",", COLUMNS)
					+ " (có thể thêm cột " + FORMED_FROM + ")."));
			return lines;
		}
		for (Record record : records.subList(1, records.size())) {
			if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
				continue;
			}
			Line line = line(record, header.size(), errors, warnings);
			if (line != null) {
				lines.add(line);
			}
		}
		if (lines.isEmpty() && errors.isEmpty()) {
			errors.add(new ImportIssue("tệp", "Tệp không có dòng dữ liệu nào."));
		}
		return lines;
	}

	private static Line line(Record record, int columns, List<ImportIssue> errors, List<ImportIssue> warnings) {
		String ref = "dòng " + record.number();
		List<String> f = record.fields();
		if (f.size() != columns) {
			errors.add(new ImportIssue(ref, "Cần " + columns + " cột, có " + f.size() + "."));
			return null;
		}
		int before = errors.size();
		String code = clean(f.get(0), "code", ref, warnings);
		String name = clean(f.get(1), "name", ref, warnings);
		String fullName = clean(f.get(2), "full_name", ref, warnings);
		if (name.isEmpty()) {
			errors.add(new ImportIssue(ref, "Thiếu tên (name)."));
		}
		if (fullName.isEmpty()) {
			fullName = name;
		}
		UnitLevel level = parseEnum(UnitLevel.class, clean(f.get(3), "level", ref, warnings), "cấp (level)", ref,
				errors);
		UnitKind kind = parseEnum(UnitKind.class, clean(f.get(4), "kind", ref, warnings), "loại (kind)", ref, errors);
		if (kind != null && level != null && kind.administrative() && kind.levelUnder(null) != level) {
			errors.add(new ImportIssue(ref,
					"Loại " + kind + " thuộc cấp " + kind.levelUnder(null) + ", không phải " + level + "."));
		}
		if (kind != null && kind.administrative() && code.isEmpty()) {
			errors.add(new ImportIssue(ref, "Thiếu mã (code): đơn vị hành chính phải có mã."));
		}
		String parentCode = clean(f.get(5), "parent_code", ref, warnings);
		if (kind != null && kind != UnitKind.CENTRE && parentCode.isEmpty()) {
			errors.add(new ImportIssue(ref, "Thiếu mã đơn vị cấp trên (parent_code)."));
		}
		LocalDate from = date(clean(f.get(6), "valid_from", ref, warnings), "valid_from", ref, errors);
		LocalDate to = date(clean(f.get(7), "valid_to", ref, warnings), "valid_to", ref, errors);
		if (from != null && to != null && !to.isAfter(from)) {
			errors.add(new ImportIssue(ref, "Ngày kết thúc hiệu lực (valid_to) phải sau ngày bắt đầu (valid_from)."));
		}
		List<Source> sources = new ArrayList<>();
		if (columns > COLUMNS.size()) {
			String formed = clean(f.get(8), FORMED_FROM, ref, warnings);
			for (String part : formed.split(";")) {
				String source = part.strip();
				if (source.isEmpty()) {
					continue;
				}
				boolean partial = source.endsWith("*");
				sources.add(new Source(partial ? source.substring(0, source.length() - 1).strip() : source, partial));
			}
			if (!sources.isEmpty() && from == null) {
				errors.add(new ImportIssue(ref, "Cột formed_from cần ngày bắt đầu hiệu lực (valid_from)."));
			}
		}
		if (errors.size() > before) {
			return null;
		}
		return new Line(record.number(), code.isEmpty() ? null : code, name, fullName, level, kind,
				parentCode.isEmpty() ? null : parentCode, from, to, sources);
	}

	/**
	 * Issues in the order of the file's lines.
	 */
	static List<ImportIssue> byLine(List<ImportIssue> issues) {
		List<ImportIssue> sorted = new ArrayList<>(issues);
		sorted.sort(java.util.Comparator.comparingInt(CsvUnitFile::lineOf));
		return sorted;
	}

	private static int lineOf(ImportIssue issue) {
		String reference = issue.reference();
		return reference.startsWith("dòng ") ? Integer.parseInt(reference.substring(5)) : 0;
	}

	private static String clean(String raw, String column, String ref, List<ImportIssue> warnings) {
		String clean = VietnameseText.clean(raw);
		if (!clean.equals(raw)) {
			warnings.add(new ImportIssue(ref, "Cột " + column + " \"" + raw
					+ "\" có khoảng trắng thừa hoặc dấu tổ hợp; đã chuẩn hóa thành \"" + clean + "\"."));
		}
		return clean;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String what, String ref,
			List<ImportIssue> errors) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new ImportIssue(ref, "Không rõ " + what + " \"" + value + "\"."));
			return null;
		}
	}

	private static LocalDate date(String value, String column, String ref, List<ImportIssue> errors) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value, value.contains("/") ? VIETNAMESE : ISO);
		}
		catch (DateTimeParseException ex) {
			errors.add(new ImportIssue(ref,
					"Ngày không hợp lệ ở cột " + column + ": \"" + value + "\" (dùng yyyy-MM-dd hoặc dd/MM/yyyy)."));
			return null;
		}
	}

	/**
	 * RFC 4180 records: comma separated, fields in double quotes may hold commas, quotes
	 * ("") and line breaks.
	 */
	static List<Record> records(String text, List<ImportIssue> errors) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				// the \n ends the record
			}
			else if (c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(recordLine, List.copyOf(fields)));
				fields.clear();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
			i++;
		}
		if (quoted) {
			errors.add(new ImportIssue("dòng " + recordLine, "Dấu ngoặc kép chưa được đóng."));
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(new Record(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	record Record(int number, List<String> fields) {
	}

	record Source(String code, boolean partial) {
	}

	record Line(int number, String code, String name, String fullName, UnitLevel level, UnitKind kind,
			String parentCode, LocalDate from, LocalDate to, List<Source> sources) {

		String ref() {
			return "dòng " + this.number;
		}

		boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
			return (this.from == null || otherTo == null || this.from.isBefore(otherTo))
					&& (otherFrom == null || this.to == null || otherFrom.isBefore(this.to));
		}

		boolean validOn(LocalDate date) {
			if (date == null) {
				return this.from == null;
			}
			return (this.from == null || !date.isBefore(this.from)) && (this.to == null || date.isBefore(this.to));
		}

	}

}

package vn.danvan.units;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.UnitImportRepository.SuccessionRow;
import vn.danvan.units.UnitImportRepository.VersionRow;

/**
 * Reads a list of units in the CSV format of {@code docs/units-csv-import.md}, checks
 * every line against the file and the database, and writes only when no line has an
 * error. A line equal to what the database holds is counted as unchanged.
 */
@Component
class CsvUnitImporter {

	static final List<String> COLUMNS = List.of("code", "name", "full_name", "level", "kind", "parent_code",
			"valid_from", "valid_to");

	static final String FORMED_FROM = "formed_from";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int MAX_BYTES = 20 * 1024 * 1024;

	private final UnitImportRepository repository;

	CsvUnitImporter(UnitImportRepository repository) {
		this.repository = repository;
	}

	/**
	 * Checks the file and, when it holds no error, writes what is missing. Must run in a
	 * transaction.
	 */
	ImportReport importCsv(InputStream in) {
		List<ImportIssue> errors = new ArrayList<>();
		List<ImportIssue> warnings = new ArrayList<>();
		String text = read(in, errors);
		if (text == null) {
			return ImportReport.rejected(errors, warnings);
		}
		List<Line> lines = parse(text, errors, warnings);
		if (!errors.isEmpty()) {
			return ImportReport.rejected(byLine(errors), warnings);
		}
		return new Plan(lines, errors, warnings).run();
	}

	private static String read(InputStream in, List<ImportIssue> errors) {
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

	private static List<Line> parse(String text, List<ImportIssue> errors, List<ImportIssue> warnings) {
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
		sorted.sort(java.util.Comparator.comparingInt(CsvUnitImporter::lineOf));
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

	/**
	 * Resolving the checked lines against each other and the database, then writing.
	 */
	private final class Plan {

		private final List<Line> lines;

		private final List<ImportIssue> errors;

		private final List<ImportIssue> warnings;

		private final Map<Line, Line> parents = new HashMap<>();

		private final Map<Line, Long> parentIds = new HashMap<>();

		private final Map<Line, Unit> matches = new HashMap<>();

		Plan(List<Line> lines, List<ImportIssue> errors, List<ImportIssue> warnings) {
			this.lines = lines;
			this.errors = errors;
			this.warnings = warnings;
		}

		ImportReport run() {
			duplicates();
			for (Line line : this.lines) {
				resolveParent(line);
			}
			cycles();
			if (!this.errors.isEmpty()) {
				return ImportReport.rejected(byLine(this.errors), this.warnings);
			}
			for (Line line : this.lines) {
				checkLevel(line);
			}
			// Organisations without a code are matched under their parent, so units with
			// a
			// code (the only possible parents) are matched first.
			this.lines.stream().filter((l) -> l.code() != null).forEach(this::match);
			this.lines.stream().filter((l) -> l.code() == null).forEach(this::match);
			if (!this.errors.isEmpty()) {
				return ImportReport.rejected(byLine(this.errors), this.warnings);
			}
			Map<Line, Long> ids = new LinkedHashMap<>();
			List<Line> created = this.lines.stream().filter((l) -> !this.matches.containsKey(l)).toList();
			Iterator<Long> reserved = CsvUnitImporter.this.repository.reserveIds(created.size()).iterator();
			for (Line line : this.lines) {
				Unit match = this.matches.get(line);
				ids.put(line, (match != null) ? match.id() : reserved.next());
			}
			List<SuccessionRow> successions = successions(ids);
			if (!this.errors.isEmpty()) {
				return ImportReport.rejected(byLine(this.errors), this.warnings);
			}
			List<VersionRow> versions = new ArrayList<>();
			List<VersionRow> corrections = new ArrayList<>();
			int unchanged = 0;
			for (Line line : this.lines) {
				VersionRow row = new VersionRow(ids.get(line), line.from(), line.to(), line.code(), line.name(),
						line.fullName(), line.kind(), line.level(), parentId(line, ids));
				Unit match = this.matches.get(line);
				if (match == null) {
					versions.add(row);
				}
				else if (same(match, row)) {
					unchanged++;
				}
				else {
					corrections.add(row);
				}
			}
			CsvUnitImporter.this.repository.insertUnits(created.stream().map(ids::get).toList());
			CsvUnitImporter.this.repository.insertVersions(versions);
			corrections.forEach(CsvUnitImporter.this.repository::correctVersion);
			int successionsCreated = CsvUnitImporter.this.repository.insertSuccessions(successions);
			return new ImportReport(true, created.size(), corrections.size(), unchanged, successionsCreated, List.of(),
					List.copyOf(this.warnings));
		}

		private void duplicates() {
			for (int i = 0; i < this.lines.size(); i++) {
				Line a = this.lines.get(i);
				for (int j = 0; j < i; j++) {
					Line b = this.lines.get(j);
					boolean sameUnit = (a.code() != null) ? a.code().equals(b.code()) : b.code() == null
							&& Objects.equals(a.parentCode(), b.parentCode()) && a.fullName().equals(b.fullName());
					if (sameUnit && a.level() == b.level() && a.overlaps(b.from(), b.to())) {
						this.errors.add(new ImportIssue(a.ref(),
								((a.code() != null) ? "Mã " + a.code() : "Đơn vị \"" + a.fullName() + "\"")
										+ " bị lặp (trùng với " + b.ref() + " trong cùng thời gian hiệu lực)."));
						break;
					}
				}
			}
		}

		private void resolveParent(Line line) {
			if (line.parentCode() == null) {
				return;
			}
			List<Line> inFile = this.lines.stream()
				.filter((l) -> line.parentCode().equals(l.code()) && l.validOn(line.from()) && l != line
						&& (l.level() == null || line.level() == null || l.level().ordinal() <= line.level().ordinal()))
				.toList();
			if (line.parentCode().equals(line.code()) && inFile.isEmpty()) {
				this.errors.add(new ImportIssue(line.ref(), "Đơn vị không thể là cấp trên của chính nó."));
				return;
			}
			if (inFile.size() == 1) {
				this.parents.put(line, inFile.get(0));
				return;
			}
			if (inFile.size() > 1) {
				this.errors.add(new ImportIssue(line.ref(),
						"Mã cấp trên " + line.parentCode() + " chỉ nhiều đơn vị trong tệp; không xác định được."));
				return;
			}
			List<Unit> inDatabase = CsvUnitImporter.this.repository.byCodeOn(line.parentCode(), line.from())
				.stream()
				.filter((u) -> line.level() == null || u.level().ordinal() <= line.level().ordinal())
				.toList();
			if (inDatabase.size() == 1) {
				this.parentIds.put(line, inDatabase.get(0).id());
			}
			else if (inDatabase.isEmpty()) {
				this.errors.add(new ImportIssue(line.ref(), "Không tìm thấy đơn vị cấp trên có mã " + line.parentCode()
						+ " còn hiệu lực " + on(line.from()) + " (trong cơ sở dữ liệu hoặc trong tệp)."));
			}
			else {
				this.errors.add(new ImportIssue(line.ref(),
						"Mã cấp trên " + line.parentCode() + " chỉ nhiều đơn vị; không xác định được."));
			}
		}

		private void cycles() {
			Set<Line> reported = new HashSet<>();
			for (Line line : this.lines) {
				List<Line> path = new ArrayList<>();
				Line current = line;
				while (current != null && !path.contains(current)) {
					path.add(current);
					current = this.parents.get(current);
				}
				if (current != null && !reported.contains(current)) {
					List<Line> cycle = path.subList(path.indexOf(current), path.size());
					reported.addAll(cycle);
					StringBuilder text = new StringBuilder();
					cycle.forEach((l) -> text.append(l.code()).append(" (").append(l.ref()).append(") → "));
					text.append(current.code());
					this.errors.add(new ImportIssue(current.ref(), "Vòng lặp cấp trên: " + text + "."));
				}
			}
		}

		private void checkLevel(Line line) {
			UnitLevel parentLevel = null;
			Line parent = this.parents.get(line);
			if (parent != null) {
				parentLevel = parent.level();
			}
			else if (this.parentIds.containsKey(line)) {
				parentLevel = CsvUnitImporter.this.repository.levelOf(this.parentIds.get(line), line.from());
			}
			if (!line.kind().administrative() && parentLevel != null && parentLevel != line.level()) {
				this.errors.add(new ImportIssue(line.ref(), "Tổ chức " + line.kind() + " nhận cấp của đơn vị cấp trên ("
						+ parentLevel + "), không phải " + line.level() + "."));
			}
			if (line.kind().administrative() && parentLevel != null
					&& parentLevel.ordinal() >= line.level().ordinal()) {
				this.errors.add(new ImportIssue(line.ref(),
						"Đơn vị cấp " + line.level() + " không thể trực thuộc đơn vị cấp " + parentLevel + "."));
			}
		}

		private void match(Line line) {
			List<Unit> existing = (line.code() != null)
					? CsvUnitImporter.this.repository.overlapping(line.level(), line.code(), line.from(), line.to())
					: organisations(line);
			if (existing.isEmpty()) {
				return;
			}
			Unit found = existing.get(0);
			if (existing.size() == 1 && Objects.equals(found.validFrom(), line.from())) {
				this.matches.put(line, found);
				return;
			}
			this.errors.add(new ImportIssue(line.ref(),
					"Chồng lấn thời gian hiệu lực với đơn vị đã có \"" + found.fullName() + "\" ("
							+ on(found.validFrom()) + " – "
							+ ((found.validTo() != null) ? format(found.validTo()) : "nay") + ")."));
		}

		private List<Unit> organisations(Line line) {
			Line parentLine = this.parents.get(line);
			Long parent = (parentLine != null)
					? Optional.ofNullable(this.matches.get(parentLine)).map(Unit::id).orElse(null)
					: this.parentIds.get(line);
			if (parent == null) {
				return List.of();
			}
			return CsvUnitImporter.this.repository.overlappingOrganisations(line.level(), parent, line.kind(),
					line.fullName(), line.from(), line.to());
		}

		private Long parentId(Line line, Map<Line, Long> ids) {
			Line parent = this.parents.get(line);
			return (parent != null) ? ids.get(parent) : this.parentIds.get(line);
		}

		private List<SuccessionRow> successions(Map<Line, Long> ids) {
			Map<String, Integer> uses = new HashMap<>();
			this.lines
				.forEach((l) -> l.sources().forEach((s) -> uses.merge(l.level() + ":" + s.code(), 1, Integer::sum)));
			List<SuccessionRow> rows = new ArrayList<>();
			for (Line line : this.lines) {
				LocalDate dayBefore = (line.from() != null) ? line.from().minusDays(1) : null;
				for (Source source : line.sources()) {
					Long from = sourceId(line, source, dayBefore, ids);
					if (from == null) {
						continue;
					}
					if (from.equals(ids.get(line))) {
						this.errors.add(new ImportIssue(line.ref(), "Đơn vị không thể hình thành từ chính nó."));
						continue;
					}
					SuccessionKind kind = (line.sources().size() > 1) ? SuccessionKind.MERGE
							: (uses.get(line.level() + ":" + source.code()) > 1) ? SuccessionKind.SPLIT
									: SuccessionKind.RENAME;
					rows.add(new SuccessionRow(from, ids.get(line), line.from(), kind, source.partial()));
				}
			}
			return rows;
		}

		private Long sourceId(Line line, Source source, LocalDate dayBefore, Map<Line, Long> ids) {
			for (Line other : this.lines) {
				if (source.code().equals(other.code()) && other.level() == line.level() && other.validOn(dayBefore)) {
					return ids.get(other);
				}
			}
			Unit unit = CsvUnitImporter.this.repository.byCodeOn(source.code(), dayBefore)
				.stream()
				.filter((u) -> u.level() == line.level())
				.findFirst()
				.orElse(null);
			if (unit == null) {
				this.errors.add(new ImportIssue(line.ref(), "Đơn vị trước đó có mã " + source.code()
						+ " không còn hiệu lực ngày " + format(dayBefore) + " (formed_from)."));
				return null;
			}
			return unit.id();
		}

		private boolean same(Unit unit, VersionRow row) {
			return Objects.equals(unit.code(), row.code()) && unit.name().equals(row.name())
					&& unit.fullName().equals(row.fullName()) && unit.kind() == row.kind()
					&& unit.level() == row.level() && Objects.equals(unit.parentId(), row.parentId())
					&& Objects.equals(unit.validFrom(), row.from()) && Objects.equals(unit.validTo(), row.to());
		}

		private String on(LocalDate date) {
			return (date != null) ? "ngày " + format(date) : "từ trước";
		}

		private static String format(LocalDate date) {
			return VietnamTime.DATE.format(date);
		}

	}

}

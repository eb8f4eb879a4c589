package vn.danvan.units.imports;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.SuccessionKind;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.imports.CsvUnitFile.Line;
import vn.danvan.units.imports.CsvUnitFile.Source;
import vn.danvan.units.imports.UnitImportRepository.SuccessionRow;
import vn.danvan.units.imports.UnitImportRepository.VersionRow;

/**
 * Imports a list of units in the CSV format of {@code docs/units-csv-import.md}: the file
 * is read and checked line by line ({@link CsvUnitFile}), then every line against the
 * file and the database, and written only when no line has an error. A line equal to what
 * the database holds is counted as unchanged.
 */
@Component
class CsvUnitImporter {

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
		String text = CsvUnitFile.read(in, errors);
		if (text == null) {
			return ImportReport.rejected(errors, warnings);
		}
		List<Line> lines = CsvUnitFile.parse(text, errors, warnings);
		if (!errors.isEmpty()) {
			return ImportReport.rejected(CsvUnitFile.byLine(errors), warnings);
		}
		return new Plan(lines, errors, warnings).run();
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
				return ImportReport.rejected(CsvUnitFile.byLine(this.errors), this.warnings);
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
				return ImportReport.rejected(CsvUnitFile.byLine(this.errors), this.warnings);
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
				return ImportReport.rejected(CsvUnitFile.byLine(this.errors), this.warnings);
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

package vn.danvan.units.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.danvan.units.SuccessionKind;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.imports.ReorganisationFiles.Commune;
import vn.danvan.units.imports.ReorganisationFiles.Link;
import vn.danvan.units.imports.ReorganisationFiles.NewProvince;
import vn.danvan.units.imports.ReorganisationFiles.OldDistrict;
import vn.danvan.units.imports.ReorganisationFiles.OldProvince;
import vn.danvan.units.imports.UnitImportRepository.SuccessionRow;
import vn.danvan.units.imports.UnitImportRepository.VersionRow;

/**
 * Reads the three files that describe a reorganisation of administrative units (the tree
 * before, the tree after, the links between old and new units) in the JSON formats of the
 * official lists ({@code reference-data/admin-units}, see {@link OfficialUnitLists}),
 * checks them ({@link ReorganisationFiles}), and turns them into units, versions and
 * successions. Writing happens only when the files are free of errors.
 */
@Component
class ReorganisationImporter {

	static final String CENTRE_CODE = "VN";

	private final JsonMapper json;

	private final UnitImportRepository repository;

	ReorganisationImporter(JsonMapper json, UnitImportRepository repository) {
		this.json = json;
		this.repository = repository;
	}

	/**
	 * Checks the files and, when they hold no error, writes what is missing. Must run in
	 * a transaction.
	 */
	ImportReport importReorganisation(InputStream before, InputStream after, InputStream links,
			ReorganisationDates dates) {
		return importReorganisation(before, after, links, dates, ImportProgress.NONE);
	}

	/**
	 * As
	 * {@link #importReorganisation(InputStream, InputStream, InputStream, ReorganisationDates)},
	 * telling {@code progress} each step it reaches.
	 */
	ImportReport importReorganisation(InputStream before, InputStream after, InputStream links,
			ReorganisationDates dates, ImportProgress progress) {
		ReorganisationFiles parse = new ReorganisationFiles();
		progress.reached(ImportProgress.Step.READING_BEFORE);
		List<OldProvince> oldProvinces = parse.before(read(before, "tệp trước sắp xếp", parse));
		progress.reached(ImportProgress.Step.READING_AFTER);
		List<NewProvince> newProvinces = parse.after(read(after, "tệp sau sắp xếp", parse));
		Map<String, List<Link>> provinceLinks = new HashMap<>();
		Map<String, List<Link>> communeLinks = new HashMap<>();
		progress.reached(ImportProgress.Step.READING_LINKS);
		parse.links(read(links, "tệp liên kết", parse), provinceLinks, communeLinks);
		if (!parse.errors.isEmpty()) {
			return ImportReport.rejected(parse.errors, parse.warnings);
		}
		progress.reached(ImportProgress.Step.PLANNING);
		return new Plan(parse, dates, progress).apply(oldProvinces, newProvinces, provinceLinks, communeLinks);
	}

	private JsonNode read(InputStream in, String what, ReorganisationFiles parse) {
		if (in == null) {
			parse.error(what, "Thiếu tệp.");
			return null;
		}
		try (in) {
			JsonNode node = this.json.readTree(in);
			if (node == null || node.isMissingNode()) {
				parse.error(what, "Tệp rỗng.");
				return null;
			}
			return node;
		}
		catch (JacksonException ex) {
			parse.error(what, "Không đọc được JSON (tệp bị cắt cụt hoặc sai định dạng): " + ex.getOriginalMessage()
					+ location(ex));
			return null;
		}
		catch (IOException ex) {
			parse.error(what, "Không đọc được tệp: " + ex.getMessage());
			return null;
		}
	}

	private static String location(JacksonException ex) {
		return (ex.getLocation() != null)
				? " (dòng " + ex.getLocation().getLineNr() + ", cột " + ex.getLocation().getColumnNr() + ")" : "";
	}

	/**
	 * The day the new tree takes effect, and a day on which the old tree held.
	 */
	record ReorganisationDates(LocalDate effective, LocalDate before) {

		ReorganisationDates {
			if (!before.isBefore(effective)) {
				throw new IllegalArgumentException("The 'before' date must precede the effective date");
			}
		}

	}

	/**
	 * Turning checked files into rows: existing units (found by level and code on the
	 * relevant date) are kept, the rest is created; successions are added unless already
	 * there.
	 */
	final class Plan {

		private final ReorganisationFiles parse;

		private final ReorganisationDates dates;

		private final Map<String, Unit> existingBefore;

		private final Map<String, Unit> existingAfter;

		private final List<VersionRow> versions = new ArrayList<>();

		private final List<SuccessionRow> successions = new ArrayList<>();

		private final List<Long> newIds = new ArrayList<>();

		private final ImportProgress progress;

		private int unchanged;

		Plan(ReorganisationFiles parse, ReorganisationDates dates, ImportProgress progress) {
			this.parse = parse;
			this.dates = dates;
			this.progress = progress;
			this.existingBefore = ReorganisationImporter.this.repository.byCode(dates.before());
			this.existingAfter = ReorganisationImporter.this.repository.byCode(dates.effective());
		}

		ImportReport apply(List<OldProvince> oldProvinces, List<NewProvince> newProvinces,
				Map<String, List<Link>> provinceLinks, Map<String, List<Link>> communeLinks) {
			int units = oldProvinces.size() + newProvinces.size() + 1;
			for (OldProvince p : oldProvinces) {
				units += p.districts().size();
				for (OldDistrict d : p.districts()) {
					units += d.communes().size();
				}
			}
			for (NewProvince p : newProvinces) {
				units += p.communes().size();
			}
			java.util.Iterator<Long> ids = ReorganisationImporter.this.repository.reserveIds(units).iterator();

			long centre = ensure(ids, this.existingBefore, null, null, CENTRE_CODE, "Trung ương", "Trung ương",
					UnitKind.CENTRE, UnitLevel.CENTRAL, null);

			Map<String, Long> continuing = continuingProvinces(oldProvinces, newProvinces, provinceLinks);
			Map<String, Long> oldUnits = new HashMap<>();
			Map<String, Long> oldCommuneUnits = new HashMap<>();
			for (OldProvince p : oldProvinces) {
				boolean continues = continuing.containsKey(p.code());
				long province = ensure(ids, this.existingBefore, null, continues ? null : this.dates.effective(),
						p.code(), p.name(), p.fullName(), p.kind(), UnitLevel.PROVINCE, centre);
				oldUnits.put(p.code(), province);
				if (continues) {
					continuing.put(p.code(), province);
				}
				for (OldDistrict d : p.districts()) {
					long district = ensure(ids, this.existingBefore, null, this.dates.effective(), d.code(), d.name(),
							d.fullName(), UnitKind.DISTRICT, UnitLevel.DISTRICT, province);
					for (Commune c : d.communes()) {
						oldCommuneUnits.put(c.code(), ensure(ids, this.existingBefore, null, this.dates.effective(),
								c.code(), c.name(), c.fullName(), c.kind(), UnitLevel.COMMUNE, district));
					}
				}
			}

			Map<String, Long> newUnits = new HashMap<>();
			Map<String, Long> newCommuneUnits = new HashMap<>();
			Map<String, Integer> splitCount = countSplits(communeLinks);
			for (NewProvince p : newProvinces) {
				Long same = continuing.get(p.code());
				long province = (same != null) ? same : ensure(ids, this.existingAfter, this.dates.effective(), null,
						p.code(), p.name(), p.fullName(), p.kind(), UnitLevel.PROVINCE, centre);
				newUnits.put(p.code(), province);
				for (Commune c : p.communes()) {
					newCommuneUnits.put(c.code(), ensure(ids, this.existingAfter, this.dates.effective(), null,
							c.code(), c.name(), c.fullName(), c.kind(), UnitLevel.COMMUNE, province));
				}
			}

			link(provinceLinks, oldUnits, newUnits, "tỉnh", Map.of());
			link(communeLinks, oldCommuneUnits, newCommuneUnits, "xã", splitCount);
			Set<String> linkedOld = new TreeSet<>();
			communeLinks.values().forEach((list) -> list.forEach((l) -> linkedOld.add(l.oldCode())));
			oldCommuneUnits.keySet()
				.stream()
				.filter((code) -> !linkedOld.contains(code))
				.sorted()
				.forEach((code) -> this.parse.warn("xã cũ " + code,
						"Không có liên kết tới xã mới nào; lịch sử của xã này sẽ không được gộp vào cơ cấu hiện nay."));
			newCommuneUnits.keySet()
				.stream()
				.filter((code) -> !communeLinks.containsKey(code))
				.sorted()
				.forEach((code) -> this.parse.warn("xã mới " + code, "Không có liên kết từ xã cũ nào."));

			this.progress.reached(ImportProgress.Step.WRITING_UNITS);
			ReorganisationImporter.this.repository.insertUnits(this.newIds);
			this.progress.reached(ImportProgress.Step.WRITING_VERSIONS);
			ReorganisationImporter.this.repository.insertVersions(this.versions);
			this.progress.reached(ImportProgress.Step.WRITING_SUCCESSIONS);
			int successionsCreated = ReorganisationImporter.this.repository.insertSuccessions(this.successions);
			return new ImportReport(true, this.newIds.size(), 0, this.unchanged, successionsCreated, List.of(),
					List.copyOf(this.parse.warnings));
		}

		/**
		 * Provinces that carry on unchanged: one full link from the old province with the
		 * same code, which links nowhere else. Their history is one unit, not a
		 * succession.
		 */
		private Map<String, Long> continuingProvinces(List<OldProvince> oldProvinces, List<NewProvince> newProvinces,
				Map<String, List<Link>> provinceLinks) {
			Map<String, Integer> targets = new HashMap<>();
			provinceLinks.values().forEach((list) -> list.forEach((l) -> targets.merge(l.oldCode(), 1, Integer::sum)));
			Set<String> oldCodes = new TreeSet<>();
			oldProvinces.forEach((p) -> oldCodes.add(p.code()));
			Map<String, Long> continuing = new LinkedHashMap<>();
			for (NewProvince p : newProvinces) {
				List<Link> links = provinceLinks.getOrDefault(p.code(), List.of());
				if (links.size() == 1 && links.get(0).oldCode().equals(p.code()) && !links.get(0).partial()
						&& targets.getOrDefault(p.code(), 0) == 1 && oldCodes.contains(p.code())) {
					continuing.put(p.code(), -1L);
				}
			}
			return continuing;
		}

		private Map<String, Integer> countSplits(Map<String, List<Link>> links) {
			Map<String, Integer> count = new HashMap<>();
			links.values().forEach((list) -> list.forEach((l) -> count.merge(l.oldCode(), 1, Integer::sum)));
			return count;
		}

		private void link(Map<String, List<Link>> links, Map<String, Long> oldUnits, Map<String, Long> newUnits,
				String what, Map<String, Integer> splitCount) {
			links.forEach((newCode, sources) -> {
				Long to = newUnits.get(newCode);
				if (to == null) {
					this.parse.warn(what + " mới " + newCode,
							"Liên kết tới " + what + " mới không có trong tệp sau sắp xếp; bỏ qua.");
					return;
				}
				for (Link source : sources) {
					Long from = oldUnits.get(source.oldCode());
					if (from == null) {
						this.parse.warn(what + " mới " + newCode, "Liên kết từ " + what + " cũ " + source.oldCode()
								+ " không có trong tệp trước sắp xếp; bỏ qua.");
						continue;
					}
					if (from.equals(to)) {
						continue;
					}
					SuccessionKind kind = (sources.size() > 1) ? SuccessionKind.MERGE
							: (splitCount.getOrDefault(source.oldCode(), 1) > 1) ? SuccessionKind.SPLIT
									: SuccessionKind.RENAME;
					this.successions.add(new SuccessionRow(from, to, this.dates.effective(), kind, source.partial()));
				}
			});
		}

		private long ensure(java.util.Iterator<Long> ids, Map<String, Unit> existing, LocalDate from, LocalDate to,
				String code, String name, String fullName, UnitKind kind, UnitLevel level, Long parentId) {
			Unit found = existing.get(level + ":" + code);
			if (found != null) {
				this.unchanged++;
				if (!found.fullName().equals(fullName) || found.kind() != kind) {
					this.parse.warn(level.name().toLowerCase() + " " + code, "Đơn vị đã có với tên \""
							+ found.fullName() + "\"; giữ nguyên, tên trong tệp là \"" + fullName + "\".");
				}
				return found.id();
			}
			long id = ids.next();
			this.newIds.add(id);
			this.versions.add(new VersionRow(id, from, to, code, name, fullName, kind, level, parentId));
			existing.put(level + ":" + code, new Unit(id, code, name, fullName, kind, level, parentId, from, to));
			return id;
		}

	}

}

package vn.danvan.reporting;

import vn.danvan.reporting.catalogue.Breakdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.reporting.catalogue.Template;

/**
 * A template version with everything a form, a validation or an Excel file needs: its
 * sections in order, the indicators they hold, their breakdowns and rules.
 */
public record TemplateStructure(Template template, long versionId, int version, boolean frozen, Set<UnitLevel> levels,
		Set<UnitKind> kinds, List<Section> sections, Map<Long, Indicator> indicators, Map<Long, Breakdown> breakdowns,
		List<Rule> rules, @com.fasterxml.jackson.annotation.JsonIgnore CellIndex index) {

	public TemplateStructure {
		if (index == null) {
			index = CellIndex.of(sections, indicators, breakdowns);
		}
	}

	public TemplateStructure(Template template, long versionId, int version, boolean frozen, Set<UnitLevel> levels,
			Set<UnitKind> kinds, List<Section> sections, Map<Long, Indicator> indicators,
			Map<Long, Breakdown> breakdowns, List<Rule> rules) {
		this(template, versionId, version, frozen, levels, kinds, sections, indicators, breakdowns, rules, null);
	}

	/**
	 * The key of a cell: the indicator's code, with the breakdown item's code after a
	 * dot.
	 */
	public static String key(Indicator indicator, String item) {
		return (item == null || item.isEmpty()) ? indicator.code() : indicator.code() + "." + item;
	}

	public static String narrativeKey(long sectionId) {
		return "section-" + sectionId;
	}

	/**
	 * Every cell in template order: one per indicator without breakdown, one per item
	 * otherwise (percentages included: they are shown, not entered).
	 */
	public List<Cell> cells() {
		return this.index.list();
	}

	/**
	 * True when a rule makes a change from the previous period an error, so that
	 * submitting must read the previous report.
	 */
	public boolean comparesWithPreviousAsError() {
		return rules().stream()
			.anyMatch((r) -> r.kind() == Rule.Kind.CHANGE_WARNING && r.severity() == Rule.Severity.ERROR);
	}

	public Map<String, Cell> cellsByKey() {
		return this.index.byKey();
	}

	public Indicator indicator(long id) {
		return this.indicators.get(id);
	}

	public List<Item> items(Indicator indicator) {
		if (indicator.breakdownId() == null) {
			return List.of();
		}
		return this.breakdowns.get(indicator.breakdownId())
			.items()
			.stream()
			.map((i) -> new Item(i.code(), i.name()))
			.toList();
	}

	public Section section(long sectionId) {
		return this.sections.stream().filter((s) -> s.id() == sectionId).findFirst().orElse(null);
	}

	/**
	 * How the template names a cell: "Indicator — item".
	 */
	public String label(String key) {
		Cell cell = cellsByKey().get(key);
		if (cell != null) {
			return cell.itemName().isEmpty() ? cell.indicator().name()
					: cell.indicator().name() + " — " + cell.itemName();
		}
		if (key.startsWith("section-")) {
			Section section = section(Long.parseLong(key.substring("section-".length())));
			return (section != null) ? section.heading() : key;
		}
		return key;
	}

	/**
	 * A cell of the form.
	 */
	public record Cell(String key, Indicator indicator, String item, String itemName) {
	}

	/**
	 * A breakdown item.
	 */
	public record Item(String code, String name) {
	}

	/**
	 * The cells of a structure, computed once: every save, validation and label reads
	 * them.
	 */
	public record CellIndex(List<Cell> list, Map<String, Cell> byKey) {

		static CellIndex of(List<Section> sections, Map<Long, Indicator> indicators, Map<Long, Breakdown> breakdowns) {
			List<Cell> cells = new ArrayList<>();
			for (Section section : sections) {
				for (Long indicatorId : section.indicatorIds()) {
					Indicator indicator = indicators.get(indicatorId);
					Breakdown breakdown = (indicator.breakdownId() != null) ? breakdowns.get(indicator.breakdownId())
							: null;
					if (breakdown == null) {
						cells.add(new Cell(key(indicator, ""), indicator, "", ""));
					}
					else {
						for (Breakdown.Item item : breakdown.items()) {
							cells.add(new Cell(key(indicator, item.code()), indicator, item.code(), item.name()));
						}
					}
				}
			}
			Map<String, Cell> byKey = new LinkedHashMap<>();
			cells.forEach((cell) -> byKey.putIfAbsent(cell.key(), cell));
			return new CellIndex(List.copyOf(cells), java.util.Collections.unmodifiableMap(byKey));
		}

	}

}

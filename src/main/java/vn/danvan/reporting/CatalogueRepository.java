package vn.danvan.reporting;

import vn.danvan.reporting.catalogue.Breakdown;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.reporting.catalogue.Template;

@Repository
class CatalogueRepository {

	private static final String INDICATOR_COLUMNS = """
			id, code, name, unit_of_measure, value_type, aggregation, breakdown_id, numerator_id, denominator_id,
			required, min_value, max_value, description, version
			""";

	private final JdbcClient jdbc;

	CatalogueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Breakdown> breakdowns() {
		Map<Long, List<Breakdown.Item>> items = new LinkedHashMap<>();
		this.jdbc.sql("select breakdown_id, code, name from reporting.breakdown_item order by breakdown_id, position")
			.query((rs) -> {
				items.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new Breakdown.Item(rs.getString(2), rs.getString(3)));
			});
		return this.jdbc.sql("select id, code, name from reporting.breakdown order by name collate \"vi-x-icu\"")
			.query((rs, n) -> new Breakdown(rs.getLong(1), rs.getString(2), rs.getString(3),
					List.copyOf(items.getOrDefault(rs.getLong(1), List.of()))))
			.list();
	}

	Optional<Long> breakdownId(String code) {
		return this.jdbc.sql("select id from reporting.breakdown where code = ?")
			.param(code)
			.query(Long.class)
			.optional();
	}

	long insertBreakdown(String code, String name, List<Breakdown.Item> items) {
		long id = this.jdbc.sql("insert into reporting.breakdown (code, name) values (?, ?) returning id")
			.params(code, name)
			.query(Long.class)
			.single();
		int position = 0;
		for (Breakdown.Item item : items) {
			this.jdbc
				.sql("insert into reporting.breakdown_item (breakdown_id, code, name, position) values (?, ?, ?, ?)")
				.params(id, item.code(), item.name(), position++)
				.update();
		}
		return id;
	}

	List<Indicator> indicators(String search) {
		return this.jdbc
			.sql("select " + INDICATOR_COLUMNS
					+ """
							from reporting.indicator
							where cast(:search as text) is null
							   or lower(public.unaccent(code || ' ' || name)) like '%' || lower(public.unaccent(cast(:search as text))) || '%'
							order by code
							""")
			.param("search", search)
			.query(this::mapIndicator)
			.list();
	}

	Optional<Indicator> indicator(long id) {
		return this.jdbc.sql("select " + INDICATOR_COLUMNS + " from reporting.indicator where id = ?")
			.param(id)
			.query(this::mapIndicator)
			.optional();
	}

	Optional<Indicator> indicatorByCode(String code) {
		return this.jdbc.sql("select " + INDICATOR_COLUMNS + " from reporting.indicator where code = ?")
			.param(code)
			.query(this::mapIndicator)
			.optional();
	}

	long insertIndicator(Indicator i) {
		return this.jdbc.sql("""
				insert into reporting.indicator (code, name, unit_of_measure, value_type, aggregation, breakdown_id,
				    numerator_id, denominator_id, required, min_value, max_value, description)
				values (:code, :name, :unit, :type, :aggregation, :breakdown, :numerator, :denominator, :required,
				    :min, :max, :description)
				returning id
				""").params(indicatorParams(i)).query(Long.class).single();
	}

	boolean updateIndicator(Indicator i, int expectedVersion) {
		return this.jdbc.sql("""
				update reporting.indicator set name = :name, unit_of_measure = :unit, value_type = :type,
				    aggregation = :aggregation, breakdown_id = :breakdown, numerator_id = :numerator,
				    denominator_id = :denominator, required = :required, min_value = :min, max_value = :max,
				    description = :description, version = version + 1
				where id = :id and version = :version
				""").params(indicatorParams(i)).param("id", i.id()).param("version", expectedVersion).update() == 1;
	}

	private static Map<String, Object> indicatorParams(Indicator i) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", i.code());
		params.put("name", i.name());
		params.put("unit", i.unitOfMeasure());
		params.put("type", i.valueType().name());
		params.put("aggregation", i.aggregation().name());
		params.put("breakdown", i.breakdownId());
		params.put("numerator", i.numeratorId());
		params.put("denominator", i.denominatorId());
		params.put("required", i.required());
		params.put("min", i.minValue());
		params.put("max", i.maxValue());
		params.put("description", i.description());
		return params;
	}

	/**
	 * True when a frozen template version uses the indicator (its type and breakdown may
	 * then no longer change).
	 */
	boolean indicatorInFrozenTemplate(long indicatorId) {
		return this.jdbc.sql("""
				select exists (select 1 from reporting.section_indicator si
				    join reporting.template_section s on s.id = si.section_id
				    join reporting.template_version v on v.id = s.template_version_id
				    where si.indicator_id = ? and v.frozen)
				""").param(indicatorId).query(Boolean.class).single();
	}

	List<Rule> rules() {
		return this.jdbc.sql("""
				select id, kind, severity, indicator_id, other_indicator_id, threshold, message
				from reporting.rule order by id
				""").query(this::mapRule).list();
	}

	long insertRule(Rule r) {
		return this.jdbc.sql("""
				insert into reporting.rule (kind, severity, indicator_id, other_indicator_id, threshold, message)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(r.kind().name(), r.severity().name(), r.indicatorId(), r.otherIndicatorId(), r.threshold(),
					r.message())
			.query(Long.class)
			.single();
	}

	boolean deleteRule(long id) {
		return this.jdbc.sql("delete from reporting.rule where id = ?").param(id).update() == 1;
	}

	List<Template> templates() {
		return this.jdbc.sql("""
				select t.id, t.code, t.name, t.description, v.id, v.version, v.frozen, t.period_types
				from reporting.template t
				join lateral (select id, version, frozen from reporting.template_version
				    where template_id = t.id order by version desc limit 1) v on true
				order by t.name collate "vi-x-icu"
				""")
			.query((rs, n) -> new Template(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getInt(6), rs.getBoolean(7), periodTypes(rs.getArray(8))))
			.list();
	}

	private static Set<PeriodType> periodTypes(java.sql.Array array) throws java.sql.SQLException {
		Set<PeriodType> types = java.util.EnumSet.noneOf(PeriodType.class);
		if (array != null) {
			for (Object name : (Object[]) array.getArray()) {
				types.add(PeriodType.valueOf((String) name));
			}
		}
		return java.util.Collections.unmodifiableSet(types);
	}

	void updatePeriodTypes(long templateId, Set<PeriodType> types) {
		this.jdbc.sql("update reporting.template set period_types = ? where id = ?")
			.params(names(types), templateId)
			.update();
	}

	Optional<Template> templateByCode(String code) {
		return templates().stream().filter((t) -> t.code().equals(code)).findFirst();
	}

	Optional<Template> template(long id) {
		return templates().stream().filter((t) -> t.id() == id).findFirst();
	}

	long insertTemplate(String code, String name, String description) {
		return this.jdbc.sql("insert into reporting.template (code, name, description) values (?, ?, ?) returning id")
			.params(code, name, description)
			.query(Long.class)
			.single();
	}

	void updateTemplate(long id, String name, String description) {
		this.jdbc.sql("update reporting.template set name = ?, description = ? where id = ?")
			.params(name, description, id)
			.update();
	}

	long insertVersion(long templateId, int version, Set<UnitLevel> levels, Set<UnitKind> kinds) {
		return this.jdbc.sql("""
				insert into reporting.template_version (template_id, version, unit_levels, unit_kinds)
				values (?, ?, ?, ?) returning id
				""").params(templateId, version, names(levels), names(kinds)).query(Long.class).single();
	}

	Optional<Integer> rowVersion(long versionId) {
		return this.jdbc.sql("select row_version from reporting.template_version where id = ?")
			.param(versionId)
			.query(Integer.class)
			.optional();
	}

	int lockRowVersion(long versionId) {
		return this.jdbc.sql("select row_version from reporting.template_version where id = ? for update")
			.param(versionId)
			.query(Integer.class)
			.single();
	}

	void deleteSections(long versionId) {
		this.jdbc.sql("delete from reporting.template_section where template_version_id = ?").param(versionId).update();
	}

	void updateVersionUnits(long versionId, Set<UnitLevel> levels, Set<UnitKind> kinds) {
		this.jdbc.sql(
				"update reporting.template_version set unit_levels = ?, unit_kinds = ?, row_version = row_version + 1 where id = ?")
			.params(names(levels), names(kinds), versionId)
			.update();
	}

	long insertSection(long versionId, int position, Section s) {
		long id = this.jdbc
			.sql("""
					insert into reporting.template_section (template_version_id, position, depth, label, title, guidance, narrative)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(versionId, position, s.depth(), s.label(), s.title(), s.guidance(), s.narrative())
			.query(Long.class)
			.single();
		int p = 0;
		for (Long indicatorId : s.indicatorIds()) {
			this.jdbc
				.sql("insert into reporting.section_indicator (section_id, position, indicator_id) values (?, ?, ?)")
				.params(id, p++, indicatorId)
				.update();
		}
		return id;
	}

	/**
	 * Freezes a version; true when it was not frozen before.
	 */
	boolean freeze(long versionId) {
		return this.jdbc.sql("update reporting.template_version set frozen = true where id = ? and not frozen")
			.param(versionId)
			.update() == 1;
	}

	Optional<TemplateStructure> structure(long versionId) {
		record VersionRow(long templateId, int version, boolean frozen, Set<UnitLevel> levels, Set<UnitKind> kinds) {
		}
		Optional<VersionRow> row = this.jdbc
			.sql("""
					select template_id, version, frozen, unit_levels, unit_kinds from reporting.template_version where id = ?
					""")
			.param(versionId)
			.query((rs, n) -> new VersionRow(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
					strings(rs.getArray(4)).stream().map(UnitLevel::valueOf).collect(Collectors.toUnmodifiableSet()),
					strings(rs.getArray(5)).stream().map(UnitKind::valueOf).collect(Collectors.toUnmodifiableSet())))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Template template = template(row.get().templateId()).orElseThrow();
		Map<Long, List<Long>> sectionIndicators = new LinkedHashMap<>();
		this.jdbc.sql("""
				select si.section_id, si.indicator_id from reporting.section_indicator si
				join reporting.template_section s on s.id = si.section_id
				where s.template_version_id = ? order by si.section_id, si.position
				""").param(versionId).query((rs) -> {
			sectionIndicators.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
		});
		List<Section> sections = this.jdbc.sql("""
				select id, position, depth, label, title, guidance, narrative from reporting.template_section
				where template_version_id = ? order by position
				""")
			.param(versionId)
			.query((rs, n) -> new Section(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getBoolean(7),
					List.copyOf(sectionIndicators.getOrDefault(rs.getLong(1), List.of()))))
			.list();
		Map<Long, Indicator> indicators = new LinkedHashMap<>();
		List<Long> wanted = sections.stream().flatMap((s) -> s.indicatorIds().stream()).distinct().toList();
		if (!wanted.isEmpty()) {
			this.jdbc.sql("select " + INDICATOR_COLUMNS + " from reporting.indicator where id in (:ids)")
				.param("ids", wanted)
				.query(this::mapIndicator)
				.list()
				.forEach((i) -> indicators.put(i.id(), i));
		}
		Map<Long, Breakdown> breakdowns = new LinkedHashMap<>();
		breakdowns().forEach((b) -> breakdowns.put(b.id(), b));
		List<Rule> rules = rules().stream()
			.filter((r) -> indicators.containsKey(r.indicatorId())
					&& (r.otherIndicatorId() == null || indicators.containsKey(r.otherIndicatorId())))
			.toList();
		VersionRow v = row.get();
		return Optional.of(new TemplateStructure(template, versionId, v.version(), v.frozen(), v.levels(), v.kinds(),
				sections, Map.copyOf(indicators), Map.copyOf(breakdowns), rules));
	}

	List<Integer> versions(long templateId) {
		return this.jdbc.sql("select version from reporting.template_version where template_id = ? order by version")
			.param(templateId)
			.query(Integer.class)
			.list();
	}

	Optional<Long> versionId(long templateId, int version) {
		return this.jdbc.sql("select id from reporting.template_version where template_id = ? and version = ?")
			.params(templateId, version)
			.query(Long.class)
			.optional();
	}

	private Indicator mapIndicator(ResultSet rs, int n) throws SQLException {
		return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("unit_of_measure"), ValueType.valueOf(rs.getString("value_type")),
				Aggregation.valueOf(rs.getString("aggregation")), rs.getObject("breakdown_id", Long.class),
				rs.getObject("numerator_id", Long.class), rs.getObject("denominator_id", Long.class),
				rs.getBoolean("required"), stripped(rs.getBigDecimal("min_value")),
				stripped(rs.getBigDecimal("max_value")), rs.getString("description"), rs.getInt("version"));
	}

	private Rule mapRule(ResultSet rs, int n) throws SQLException {
		return new Rule(rs.getLong(1), Rule.Kind.valueOf(rs.getString(2)), Rule.Severity.valueOf(rs.getString(3)),
				rs.getLong(4), rs.getObject(5, Long.class), stripped(rs.getBigDecimal(6)), rs.getString(7));
	}

	static BigDecimal stripped(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	private static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}

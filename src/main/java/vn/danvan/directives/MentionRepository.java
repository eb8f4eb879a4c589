package vn.danvan.directives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.recognition.FoundReference;
import vn.danvan.directives.recognition.IssuerKind;
import vn.danvan.directives.recognition.Mention;
import vn.danvan.directives.recognition.Resolution;
import vn.danvan.directives.recognition.UnknownReference;

@Repository
class MentionRepository {

	private static final String COLUMNS = """
			m.id, m.source_type, m.source_id, m.source_title, m.link, m.quoted, m.excerpt, m.label, m.resolution,
			m.directive_id, m.recorded_at, m.source_unit_id
			""";

	private final JdbcClient jdbc;

	MentionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void deleteSource(String sourceType, String sourceId) {
		this.jdbc.sql("delete from directives.mention where source_type = :type and source_id = :id")
			.param("type", sourceType)
			.param("id", sourceId)
			.update();
	}

	void insert(String sourceType, String sourceId, String sourceTitle, String link, Long sourceUnitId,
			java.time.LocalDate textDate, DirectiveReference reference, String excerpt) {
		FoundReference found = reference.found();
		this.jdbc
			.sql("""
					insert into directives.mention (source_type, source_id, source_title, link, source_unit_id, start_pos, end_pos, quoted,
					                                excerpt, reference_key, number, types, symbol, symbol_suffix, issued_on, year,
					                                issuer_kind, issuer_text, term, label, resolution, directive_id, name_key, text_date)
					values (:sourceType, :sourceId, :sourceTitle, :link, :sourceUnitId, :start, :end, :quoted, :excerpt, :key, :number,
					        cast(:types as text[]), :symbol, :suffix, :issuedOn, :year, :issuerKind, :issuerText, :term,
					        :label, :resolution, :directiveId, :nameKey, :textDate)
					""")
			.param("nameKey", found.name())
			.param("textDate", textDate)
			.param("sourceType", sourceType)
			.param("sourceId", sourceId)
			.param("sourceTitle", (sourceTitle != null) ? sourceTitle : "")
			.param("link", link)
			.param("sourceUnitId", sourceUnitId)
			.param("start", found.start())
			.param("end", found.end())
			.param("quoted", found.text())
			.param("excerpt", excerpt)
			.param("key", found.key())
			.param("number", found.number())
			.param("types", found.types().stream().map(Enum::name).toArray(String[]::new))
			.param("symbol", found.symbol())
			.param("suffix", found.symbolSuffix())
			.param("issuedOn", found.date())
			.param("year", found.year())
			.param("issuerKind", (found.issuer() != null) ? found.issuer().name() : null)
			.param("issuerText", found.issuerText())
			.param("term", found.term())
			.param("label", found.label())
			.param("resolution", reference.resolution().name())
			.param("directiveId", (reference.directive() != null) ? reference.directive().id() : null)
			.update();
	}

	List<Mention> ofDirective(long directiveId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from directives.mention m where m.directive_id = :id order by m.recorded_at desc, m.id desc")
			.param("id", directiveId)
			.query(MentionRepository::mention)
			.list();
	}

	/**
	 * Mentions whose reference has the number, to look them up again after the register
	 * changed.
	 */
	List<StoredReference> withNumber(String number) {
		return stored("number = :number and name_key is null", "number", number);
	}

	/**
	 * Mentions of a directive's name or aliases, to look them up again after the aliases
	 * changed.
	 */
	List<StoredReference> withNameKeys(java.util.Collection<String> keys) {
		return stored("name_key = any(cast(:keys as text[]))", "keys", keys.toArray(String[]::new));
	}

	private List<StoredReference> stored(String condition, String parameter, Object value) {
		return this.jdbc
			.sql("""
					select id, start_pos, end_pos, quoted, types, number, symbol, symbol_suffix, issued_on, year, issuer_kind,
					       issuer_text, term, name_key, source_unit_id, coalesce(text_date, cast(recorded_at as date)) as text_date
					  from directives.mention where %s
					"""
				.formatted(condition))
			.param(parameter, value)
			.query((rs, rowNum) -> {
				List<DirectiveType> types = java.util.Arrays.stream((String[]) rs.getArray("types").getArray())
					.map(DirectiveType::valueOf)
					.toList();
				String issuer = rs.getString("issuer_kind");
				return new StoredReference(rs.getLong("id"),
						new FoundReference(rs.getInt("start_pos"), rs.getInt("end_pos"), rs.getString("quoted"), types,
								rs.getString("number"), rs.getString("symbol"), rs.getString("symbol_suffix"),
								rs.getObject("issued_on", java.time.LocalDate.class),
								rs.getObject("year", Integer.class),
								(issuer != null) ? IssuerKind.valueOf(issuer) : null, rs.getString("issuer_text"),
								rs.getString("term"), rs.getString("name_key")),
						rs.getObject("source_unit_id", Long.class),
						rs.getObject("text_date", java.time.LocalDate.class));
			})
			.list();
	}

	record StoredReference(long mentionId, FoundReference found, Long sourceUnitId, java.time.LocalDate textDate) {
	}

	void updateResolution(long id, Resolution resolution, Long directiveId) {
		this.jdbc
			.sql("update directives.mention set resolution = :resolution, directive_id = :directiveId where id = :id")
			.param("id", id)
			.param("resolution", resolution.name())
			.param("directiveId", directiveId)
			.update();
	}

	/**
	 * @param units only the mentions recorded in texts of these units ({@code null}: all)
	 */
	List<UnknownReference> unresolved(int limit, java.util.Collection<Long> units) {
		return this.jdbc
			.sql("""
					select distinct on (g.reference_key) g.reference_key, g.label as group_label, g.resolution as group_resolution,
					       g.mentions, g.last_seen, %s
					  from (select reference_key, max(label) as label, max(resolution) as resolution, count(*) as mentions,
					               max(recorded_at) as last_seen
					          from directives.mention where directive_id is null
					           and (cast(:all as boolean) or source_unit_id = any(cast(:units as bigint[])))
					         group by reference_key) g
					  join directives.mention m on m.reference_key = g.reference_key and m.directive_id is null
					   and (cast(:all as boolean) or m.source_unit_id = any(cast(:units as bigint[])))
					 order by g.reference_key, m.recorded_at desc, m.id desc
					 limit :limit
					"""
				.formatted(COLUMNS))
			.param("limit", limit)
			.param("all", units == null)
			.param("units", (units != null) ? units.toArray(Long[]::new) : new Long[0])
			.query((rs, rowNum) -> new UnknownReference(rs.getString("reference_key"), rs.getString("group_label"),
					Resolution.valueOf(rs.getString("group_resolution")), rs.getLong("mentions"),
					rs.getObject("last_seen", OffsetDateTime.class).toInstant(), mention(rs, rowNum)))
			.list();
	}

	static Mention mention(ResultSet rs, int rowNum) throws SQLException {
		return new Mention(rs.getLong("id"), rs.getString("source_type"), rs.getString("source_id"),
				rs.getString("source_title"), rs.getString("link"), rs.getString("quoted"), rs.getString("excerpt"),
				rs.getString("label"), Resolution.valueOf(rs.getString("resolution")),
				rs.getObject("directive_id", Long.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getObject("source_unit_id", Long.class));
	}

}

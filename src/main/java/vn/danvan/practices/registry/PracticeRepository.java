package vn.danvan.practices.registry;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeId;
import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeStatus;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.practices.RecognitionLevel;

@Repository
class PracticeRepository {

	private static final String COLUMNS = """
			p.id, p.name, p.kind, p.subject, p.owner_unit_id, p.participant_unit_ids, p.fields, p.target_groups,
			p.theme, p.registered_on, p.started_on, p.description, p.methods, p.results, p.money_mobilised,
			p.work_days, p.households_helped, p.road_km, p.status, p.effective, p.level, p.recognised_on,
			p.exemplary, p.proposed_on, p.updated_by, p.updated_at, p.version
			""";

	private final JdbcClient jdbc;

	PracticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Practice> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from practices.practice p where p.id = :id")
			.param("id", id)
			.query(PracticeRepository::practice)
			.optional();
	}

	/**
	 * Locks the practice for the rest of the transaction.
	 */
	Optional<Practice> lock(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from practices.practice p where p.id = :id for update")
			.param("id", id)
			.query(PracticeRepository::practice)
			.optional();
	}

	/**
	 * Practices of the unit registered in the year under the same name (ignoring
	 * diacritics, case and spaces), other than {@code except}.
	 */
	List<Practice> sameName(long ownerUnitId, int year, String name, Long except) {
		return this.jdbc.sql("select " + COLUMNS + """
				  from practices.practice p
				 where p.owner_unit_id = :owner and p.registered_year = :year
				   and p.name_key = practices.search_key(:name)
				   and (cast(:except as bigint) is null or p.id <> :except)
				 order by p.id
				""")
			.param("owner", ownerUnitId)
			.param("year", year)
			.param("name", name)
			.param("except", except)
			.query(PracticeRepository::practice)
			.list();
	}

	long insert(PracticeForm form, long ownerUnitId, String actor) {
		return this.jdbc.sql("""
				insert into practices.practice (name, kind, subject, owner_unit_id, fields, target_groups, theme,
				       registered_on, started_on, description, methods, results, money_mobilised, work_days,
				       households_helped, road_km, status, created_by, updated_by)
				values (:name, :kind, :subject, :owner, :fields, :targetGroups, :theme, :registeredOn, :startedOn,
				        :description, :methods, :results, :money, :workDays, :households, :roadKm,
				        case when cast(:startedOn as date) is null then 'REGISTERED' else 'IN_PROGRESS' end,
				        :actor, :actor)
				returning id
				""")
			.param("name", form.name())
			.param("kind", form.kind().name())
			.param("subject", form.subject().name())
			.param("owner", ownerUnitId)
			.param("fields", form.fields().toArray(String[]::new))
			.param("targetGroups", form.targetGroups().toArray(String[]::new))
			.param("theme", form.theme())
			.param("registeredOn", form.registeredOn())
			.param("startedOn", form.startedOn())
			.param("description", form.description())
			.param("methods", form.methods())
			.param("results", form.results())
			.param("money", form.moneyMobilised())
			.param("workDays", form.workDays())
			.param("households", form.householdsHelped())
			.param("roadKm", form.roadKm())
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	void update(long id, PracticeForm form, String actor) {
		this.jdbc.sql("""
				update practices.practice
				   set name = :name, kind = :kind, subject = :subject, fields = :fields, target_groups = :targetGroups,
				       theme = :theme, registered_on = :registeredOn, started_on = :startedOn,
				       description = :description, methods = :methods, results = :results, money_mobilised = :money,
				       work_days = :workDays, households_helped = :households, road_km = :roadKm,
				       updated_by = :actor, updated_at = now(), version = version + 1
				 where id = :id
				""")
			.param("id", id)
			.param("name", form.name())
			.param("kind", form.kind().name())
			.param("subject", form.subject().name())
			.param("fields", form.fields().toArray(String[]::new))
			.param("targetGroups", form.targetGroups().toArray(String[]::new))
			.param("theme", form.theme())
			.param("registeredOn", form.registeredOn())
			.param("startedOn", form.startedOn())
			.param("description", form.description())
			.param("methods", form.methods())
			.param("results", form.results())
			.param("money", form.moneyMobilised())
			.param("workDays", form.workDays())
			.param("households", form.householdsHelped())
			.param("roadKm", form.roadKm())
			.param("actor", actor)
			.update();
	}

	void setStatus(long id, PracticeStatus status, LocalDate startedOn, String actor) {
		this.jdbc.sql("""
				update practices.practice
				   set status = :status, started_on = coalesce(started_on, :startedOn), updated_by = :actor,
				       updated_at = now(), version = version + 1
				 where id = :id
				""")
			.param("id", id)
			.param("status", status.name())
			.param("startedOn", startedOn)
			.param("actor", actor)
			.update();
	}

	void setEffective(long id, boolean effective, PracticeStatus status, String actor) {
		this.jdbc.sql("""
				update practices.practice
				   set effective = :effective, status = :status, updated_by = :actor, updated_at = now(),
				       version = version + 1
				 where id = :id
				""")
			.param("id", id)
			.param("effective", effective)
			.param("status", status.name())
			.param("actor", actor)
			.update();
	}

	void setRecognition(long id, RecognitionLevel level, LocalDate on, boolean exemplary, boolean proposed,
			String actor) {
		this.jdbc.sql("""
				update practices.practice
				   set level = :level, recognised_on = :on, exemplary = :exemplary,
				       proposed_on = case when :proposed then coalesce(proposed_on, :on) else proposed_on end,
				       updated_by = :actor, updated_at = now(), version = version + 1
				 where id = :id
				""")
			.param("id", id)
			.param("level", level.name())
			.param("on", on)
			.param("exemplary", exemplary)
			.param("proposed", proposed)
			.param("actor", actor)
			.update();
	}

	Optional<Evaluation> evaluation(long practiceId, int year) {
		return this.jdbc.sql("select * from practices.evaluation where practice_id = :id and year = :year")
			.param("id", practiceId)
			.param("year", year)
			.query(PracticeRepository::evaluation)
			.optional();
	}

	List<Evaluation> evaluations(long practiceId) {
		return this.jdbc.sql("select * from practices.evaluation where practice_id = :id order by year desc")
			.param("id", practiceId)
			.query(PracticeRepository::evaluation)
			.list();
	}

	void insertEvaluation(Evaluation evaluation) {
		this.jdbc.sql("""
				insert into practices.evaluation (practice_id, year, evaluated_on, evaluator_unit_id, grade, effective,
				                                  comment, evaluated_by)
				values (:practice, :year, :on, :unit, :grade, :effective, :comment, :actor)
				""")
			.param("practice", evaluation.practiceId())
			.param("year", evaluation.year())
			.param("on", evaluation.evaluatedOn())
			.param("unit", evaluation.evaluatorUnitId())
			.param("grade", evaluation.grade().name())
			.param("effective", evaluation.effective())
			.param("comment", evaluation.comment())
			.param("actor", evaluation.evaluatedBy())
			.update();
	}

	/**
	 * The effectiveness of the latest evaluation, if any.
	 */
	Optional<Boolean> latestEffective(long practiceId) {
		return this.jdbc.sql("""
				select effective from practices.evaluation where practice_id = :id order by year desc limit 1
				""").param("id", practiceId).query(Boolean.class).optional();
	}

	void insertStep(long practiceId, Step.Kind kind, LocalDate on, Long unitId, String note, String actor) {
		this.jdbc.sql("""
				insert into practices.step (practice_id, kind, on_date, unit_id, note, actor)
				values (:practice, :kind, :on, :unit, :note, :actor)
				""")
			.param("practice", practiceId)
			.param("kind", kind.name())
			.param("on", on)
			.param("unit", unitId)
			.param("note", (note != null) ? note : "")
			.param("actor", actor)
			.update();
	}

	List<Step> steps(long practiceId) {
		return this.jdbc.sql("select * from practices.step where practice_id = :id order by on_date, id")
			.param("id", practiceId)
			.query((rs, n) -> new Step(rs.getLong("id"), rs.getLong("practice_id"),
					Step.Kind.valueOf(rs.getString("kind")), rs.getObject("on_date", LocalDate.class),
					rs.getObject("unit_id", Long.class), rs.getString("note"), rs.getString("actor"),
					instant(rs, "at")))
			.list();
	}

	/**
	 * One page of the practices that match, in the order asked, and how many match in
	 * all. {@code unitIds} null: every unit.
	 */
	Page search(PracticeSearch search, Collection<Long> unitIds, int limit, int offset) {
		Filter filter = filter(search, unitIds);
		String order = switch (search.sort()) {
			case OLDEST -> "p.registered_on, p.id";
			case NAME -> "p.name collate \"vi-x-icu\", p.id";
			case RECOGNISED -> "p.recognised_on desc nulls last, p.id desc";
			default -> "p.registered_on desc, p.id desc";
		};
		List<Practice> rows = filter
			.bind(this.jdbc.sql("select " + COLUMNS + " from practices.practice p where " + filter.where()
					+ " order by " + order + " limit :limit offset :offset"))
			.param("limit", limit)
			.param("offset", offset)
			.query(PracticeRepository::practice)
			.list();
		long total = (offset == 0 && rows.size() < limit) ? rows.size()
				: filter.bind(this.jdbc.sql("select count(*) from practices.practice p where " + filter.where()))
					.query(Long.class)
					.single();
		return new Page(rows, total);
	}

	long count(PracticeSearch search, Collection<Long> unitIds) {
		Filter filter = filter(search, unitIds);
		return filter.bind(this.jdbc.sql("select count(*) from practices.practice p where " + filter.where()))
			.query(Long.class)
			.single();
	}

	private Filter filter(PracticeSearch s, Collection<Long> unitIds) {
		String words = (s.q() != null) ? s.q().trim() : "";
		String[] keys = words.isEmpty() ? new String[0]
				: this.jdbc.sql("select practices.search_key(:q)")
					.param("q", words)
					.query(String.class)
					.optional()
					.map((k) -> k.isEmpty() ? new String[0] : k.split(" "))
					.orElse(new String[0]);
		String[] patterns = Arrays.stream(keys)
			.map((k) -> "%" + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.toArray(String[]::new);
		List<String> where = new ArrayList<>();
		where.add("true");
		if (unitIds != null) {
			where.add("p.owner_unit_id = any(cast(:units as bigint[]))");
		}
		if (patterns.length > 0) {
			where.add("p.search_key like all (cast(:patterns as text[]))");
		}
		if (s.field() != null) {
			where.add(":field = any(p.fields)");
		}
		if (s.targetGroup() != null) {
			where.add(":targetGroup = any(p.target_groups)");
		}
		if (s.kind() != null) {
			where.add("p.kind = :kind");
		}
		if (s.subject() != null) {
			where.add("p.subject = :subject");
		}
		if (s.status() != null) {
			where.add("p.status = :status");
		}
		if (s.level() != null) {
			where.add("p.level = :level");
		}
		if (s.year() != null) {
			where.add("p.registered_year = :year");
		}
		if (s.registeredFrom() != null) {
			where.add("p.registered_on >= :registeredFrom");
		}
		if (s.registeredTo() != null) {
			where.add("p.registered_on <= :registeredTo");
		}
		if (s.effective() != null) {
			where.add("p.effective is not distinct from :effective");
		}
		if (s.recognisedFrom() != null) {
			where.add("p.recognised_on >= :recognisedFrom");
		}
		if (s.recognisedTo() != null) {
			where.add("p.recognised_on <= :recognisedTo");
		}
		if (Boolean.TRUE.equals(s.proposed())) {
			where.add("p.proposed_on is not null");
		}
		return new Filter(String.join(" and ", where), s, unitIds, patterns);
	}

	List<PracticeOption> options(String list) {
		return this.jdbc.sql("""
				select list, code, name, position, active from practices.option where list = :list
				 order by position, name collate "vi-x-icu"
				""").param("list", list).query(PracticeRepository::option).list();
	}

	List<PracticeOption> allOptions() {
		return this.jdbc.sql("""
				select list, code, name, position, active from practices.option
				 order by list, position, name collate "vi-x-icu"
				""").query(PracticeRepository::option).list();
	}

	boolean insertOption(PracticeOption option) {
		return this.jdbc.sql("""
				insert into practices.option (list, code, name, position, active)
				values (:list, :code, :name, :position, true)
				on conflict do nothing
				""")
			.param("list", option.list())
			.param("code", option.code())
			.param("name", option.name())
			.param("position", option.position())
			.update() == 1;
	}

	boolean setOptionActive(String list, String code, boolean active) {
		return this.jdbc.sql("update practices.option set active = :active where list = :list and code = :code")
			.param("list", list)
			.param("code", code)
			.param("active", active)
			.update() == 1;
	}

	long countAll() {
		return this.jdbc.sql("select count(*) from practices.practice").query(Long.class).single();
	}

	private static PracticeOption option(ResultSet rs, int n) throws SQLException {
		return new PracticeOption(rs.getString("list"), rs.getString("code"), rs.getString("name"),
				rs.getInt("position"), rs.getBoolean("active"));
	}

	static Practice practice(ResultSet rs, int rowNum) throws SQLException {
		String level = rs.getString("level");
		return new Practice(new PracticeId(rs.getLong("id")), rs.getString("name"),
				PracticeKind.valueOf(rs.getString("kind")), PracticeSubject.valueOf(rs.getString("subject")),
				rs.getLong("owner_unit_id"), longs(rs.getArray("participant_unit_ids")), strings(rs.getArray("fields")),
				strings(rs.getArray("target_groups")), rs.getString("theme"),
				rs.getObject("registered_on", LocalDate.class), rs.getObject("started_on", LocalDate.class),
				rs.getString("description"), rs.getString("methods"), rs.getString("results"),
				rs.getBigDecimal("money_mobilised"), rs.getObject("work_days", Integer.class),
				rs.getObject("households_helped", Integer.class), rs.getBigDecimal("road_km"),
				PracticeStatus.valueOf(rs.getString("status")), rs.getObject("effective", Boolean.class),
				(level != null) ? RecognitionLevel.valueOf(level) : null,
				rs.getObject("recognised_on", LocalDate.class), rs.getBoolean("exemplary"),
				rs.getObject("proposed_on", LocalDate.class), rs.getString("updated_by"), instant(rs, "updated_at"),
				rs.getInt("version"));
	}

	private static Evaluation evaluation(ResultSet rs, int rowNum) throws SQLException {
		return new Evaluation(rs.getLong("practice_id"), rs.getInt("year"),
				rs.getObject("evaluated_on", LocalDate.class), rs.getLong("evaluator_unit_id"),
				Evaluation.Grade.valueOf(rs.getString("grade")), rs.getBoolean("effective"), rs.getString("comment"),
				rs.getString("evaluated_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	private static List<Long> longs(Array array) throws SQLException {
		return (array != null) ? List.of((Long[]) array.getArray()) : List.of();
	}

	record Page(List<Practice> practices, long total) {
	}

	private record Filter(String where, PracticeSearch s, Collection<Long> unitIds, String[] patterns) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			JdbcClient.StatementSpec bound = spec;
			if (this.unitIds != null) {
				bound = bound.param("units", this.unitIds.toArray(Long[]::new));
			}
			if (this.patterns.length > 0) {
				bound = bound.param("patterns", this.patterns);
			}
			bound = param(bound, "field", this.s.field());
			bound = param(bound, "targetGroup", this.s.targetGroup());
			bound = param(bound, "kind", (this.s.kind() != null) ? this.s.kind().name() : null);
			bound = param(bound, "subject", (this.s.subject() != null) ? this.s.subject().name() : null);
			bound = param(bound, "status", (this.s.status() != null) ? this.s.status().name() : null);
			bound = param(bound, "level", (this.s.level() != null) ? this.s.level().name() : null);
			bound = param(bound, "year", this.s.year());
			bound = param(bound, "registeredFrom", this.s.registeredFrom());
			bound = param(bound, "registeredTo", this.s.registeredTo());
			bound = param(bound, "effective", this.s.effective());
			bound = param(bound, "recognisedFrom", this.s.recognisedFrom());
			bound = param(bound, "recognisedTo", this.s.recognisedTo());
			return bound;
		}

		private static JdbcClient.StatementSpec param(JdbcClient.StatementSpec spec, String name, Object value) {
			return (value != null) ? spec.param(name, value) : spec;
		}

	}

}

package vn.danvan.directives;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.directives.actions.ActionRecord;

@Repository
class ActionRepository {

	private static final String COLUMNS = """
			a.id, a.directive_id, a.kind, a.description, a.due_on, a.every_years, a.scope_unit_id, a.levels, a.kinds
			""";

	private static final String RECORD_COLUMNS = """
			r.id, r.action_id, r.unit_id, r.done_on, r.document_number, r.participants, r.note, r.evidence_id,
			r.recorded_by, r.recorded_at
			""";

	private final JdbcClient jdbc;

	ActionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean existFor(long directiveId) {
		return this.jdbc.sql("select exists (select 1 from directives.action where directive_id = :id)")
			.param("id", directiveId)
			.query(Boolean.class)
			.single();
	}

	public List<DirectiveAction> ofDirective(long directiveId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from directives.action a where a.directive_id = :id order by a.due_on, a.id")
			.param("id", directiveId)
			.query(ActionRepository::action)
			.list();
	}

	public List<DirectiveAction> all() {
		return this.jdbc.sql("select " + COLUMNS + " from directives.action a order by a.due_on, a.id")
			.query(ActionRepository::action)
			.list();
	}

	public Optional<DirectiveAction> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from directives.action a where a.id = :id")
			.param("id", id)
			.query(ActionRepository::action)
			.optional();
	}

	public long insert(long directiveId, NewDirectiveAction action, long scopeUnitId, String actor) {
		return this.jdbc
			.sql("""
					insert into directives.action (directive_id, kind, description, due_on, every_years, scope_unit_id, levels,
					                               kinds, created_by)
					values (:directiveId, :kind, :description, :dueOn, :everyYears, :scope, cast(:levels as text[]),
					        cast(:kinds as text[]), :actor)
					returning id
					""")
			.param("directiveId", directiveId)
			.param("kind", action.kind().name())
			.param("description", action.description())
			.param("dueOn", action.dueOn())
			.param("everyYears", action.everyYears())
			.param("scope", scopeUnitId)
			.param("levels", action.levels().stream().map(Enum::name).toArray(String[]::new))
			.param("kinds", action.kinds().stream().map(Enum::name).toArray(String[]::new))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	public long insertRecord(long actionId, NewActionRecord record, Long evidenceId, String actor) {
		return this.jdbc.sql("""
				insert into directives.action_record (action_id, unit_id, done_on, document_number, participants, note,
				                                      evidence_id, recorded_by)
				values (:actionId, :unitId, :doneOn, :documentNumber, :participants, :note, :evidenceId, :actor)
				returning id
				""")
			.param("actionId", actionId)
			.param("unitId", record.unitId())
			.param("doneOn", record.doneOn())
			.param("documentNumber", record.documentNumber())
			.param("participants", record.participants())
			.param("note", record.note())
			.param("evidenceId", evidenceId)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	/**
	 * Records of the actions, oldest first.
	 */
	public List<ActionRecord> records(Collection<Long> actionIds) {
		if (actionIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + RECORD_COLUMNS + """
				  from directives.action_record r where r.action_id = any(:ids) order by r.done_on, r.id
				""").param("ids", actionIds.toArray(Long[]::new)).query(ActionRepository::record).list();
	}

	public List<ActionRecord> recordsOf(long actionId, long unitId) {
		return this.jdbc.sql("select " + RECORD_COLUMNS + """
				  from directives.action_record r where r.action_id = :action and r.unit_id = :unit
				 order by r.done_on, r.id
				""").param("action", actionId).param("unit", unitId).query(ActionRepository::record).list();
	}

	static DirectiveAction action(ResultSet rs, int rowNum) throws SQLException {
		return new DirectiveAction(rs.getLong("id"), rs.getLong("directive_id"),
				DirectiveActionKind.valueOf(rs.getString("kind")), rs.getString("description"),
				rs.getObject("due_on", LocalDate.class), rs.getObject("every_years", Integer.class),
				rs.getLong("scope_unit_id"), strings(rs.getArray("levels")).stream().map(UnitLevel::valueOf).toList(),
				strings(rs.getArray("kinds")).stream().map(UnitKind::valueOf).toList());
	}

	static ActionRecord record(ResultSet rs, int rowNum) throws SQLException {
		return new ActionRecord(rs.getLong("id"), rs.getLong("action_id"), rs.getLong("unit_id"),
				rs.getObject("done_on", LocalDate.class), rs.getString("document_number"),
				rs.getObject("participants", Integer.class), rs.getString("note"),
				rs.getObject("evidence_id", Long.class), rs.getString("recorded_by"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}

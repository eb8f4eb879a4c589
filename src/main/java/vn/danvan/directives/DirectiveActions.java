package vn.danvan.directives;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.directives.actions.DirectiveActionDeclared;
import vn.danvan.directives.actions.DirectiveActionRecorded;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.directives.actions.ActionMatrix;
import vn.danvan.directives.actions.ActionProgress;
import vn.danvan.directives.actions.ActionRecord;
import vn.danvan.directives.actions.ActionSchedule;
import vn.danvan.directives.register.DirectivePermissions;
import vn.danvan.directives.register.Upload;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;

/**
 * What directives require of units and what the units did: officers declare actions for
 * the units of given levels and kinds within their scope; each unit records what it did;
 * the matrix shows units × actions with done, late and pending, totals and the overdue
 * actions (the in-app reminder).
 */
@Service
@Transactional
public class DirectiveActions {

	public static final String ACTION_DECLARED = "DIRECTIVE_ACTION_DECLARED";

	public static final String ACTION_RECORDED = "DIRECTIVE_ACTION_RECORDED";

	private final ActionRepository actions;

	private final Directives directives;

	private final Units units;

	private final UnitScope scope;

	private final ApplicationEventPublisher events;

	private final DirectivePermissions permissions;

	DirectiveActions(ActionRepository actions, Directives directives, Units units, UnitScope scope,
			ApplicationEventPublisher events, DirectivePermissions permissions) {
		this.actions = actions;
		this.directives = directives;
		this.units = units;
		this.scope = scope;
		this.events = events;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public List<DirectiveAction> actions(ScopedUser user, long directiveId) {
		this.directives.get(user, directiveId);
		return this.actions.ofDirective(directiveId);
	}

	/**
	 * The action, when the user may see its directive.
	 */
	@Transactional(readOnly = true)
	public DirectiveAction action(ScopedUser user, long actionId) {
		DirectiveAction action = this.actions.find(actionId)
			.orElseThrow(() -> new NotFoundException("directives.error.notFound"));
		this.directives.get(user, action.directiveId());
		return action;
	}

	/**
	 * Declares what the directive requires of the units below {@code scopeUnitId} (the
	 * officer's unit when not given), which must lie in the officer's scope.
	 */
	public DirectiveAction declare(ScopedUser user, long directiveId, NewDirectiveAction form, String remoteIp) {
		Directive directive = this.directives.get(user, directiveId);
		if (!this.permissions.canDeclare(user, directive)) {
			throw new ForbiddenException("directives.error.notYours");
		}
		if (form.kind() == null) {
			throw new RejectedException("kind", "directives.error.actionKindRequired");
		}
		if (form.dueOn() == null) {
			throw new RejectedException("dueOn", "directives.error.dueRequired");
		}
		if (form.dueOn().isBefore(directive.issuedOn())) {
			throw new RejectedException("dueOn", "directives.error.dueBeforeIssue",
					VietnamTime.DATE.format(directive.issuedOn()));
		}
		if (form.everyYears() != null && (form.everyYears() < 1 || form.everyYears() > 20)) {
			throw new RejectedException("everyYears", "directives.error.everyYears");
		}
		if (form.levels() == null || form.levels().isEmpty()) {
			throw new RejectedException("levels", "directives.error.levelsRequired");
		}
		Long scopeUnit = (form.scopeUnitId() != null) ? form.scopeUnitId() : defaultScope(user);
		if (scopeUnit == null) {
			throw new RejectedException("scopeUnitId", "directives.error.scopeUnit");
		}
		// A unit outside the officer's scope is not theirs to act for: answered as not
		// found, like any object outside the scope (docs/security.md).
		if (!this.scope.canSee(user, scopeUnit) || this.units.find(scopeUnit, UnitScope.today()).isEmpty()) {
			throw new NotFoundException("directives.error.unitNotFound", scopeUnit);
		}
		NewDirectiveAction clean = new NewDirectiveAction(form.kind(),
				Objects.requireNonNullElse(VietnameseText.clean(form.description()), ""), form.dueOn(),
				form.everyYears(), scopeUnit, List.copyOf(form.levels()),
				(form.kinds() != null) ? List.copyOf(form.kinds()) : List.of());
		Directives.tooLong("description", clean.description(), TextLimits.NOTE);
		long id = this.actions.insert(directiveId, clean, scopeUnit, user.getUsername());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("directive", directive.symbol());
		details.put("kind", clean.kind().name());
		details.put("dueOn", clean.dueOn().toString());
		details.put("levels", clean.levels().stream().map(Enum::name).toList());
		details.put("kinds", clean.kinds().stream().map(Enum::name).toList());
		if (clean.everyYears() != null) {
			details.put("everyYears", clean.everyYears());
		}
		this.events.publishEvent(new DirectiveActionDeclared(user.getUsername(), id, scopeUnit, remoteIp, details));
		return this.actions.find(id).orElseThrow();
	}

	/**
	 * Records what a unit did; the unit must be concerned by the action and lie in the
	 * user's scope. The evidence file is optional.
	 */
	public ActionRecord record(ScopedUser user, long actionId, NewActionRecord form, Upload evidence, String remoteIp) {
		DirectiveAction action = action(user, actionId);
		if (!this.permissions.records(user)) {
			throw new ForbiddenException("directives.error.notYours");
		}
		if (form.unitId() == null) {
			throw new RejectedException("unitId", "directives.error.unitRequired");
		}
		LocalDate today = UnitScope.today();
		Unit unit = this.units.find(form.unitId(), today)
			.filter((u) -> this.scope.canSee(user, u.id()))
			.orElseThrow(() -> new NotFoundException("directives.error.unitNotFound", form.unitId()));
		if (!action.concerns(unit) || !this.units.isWithin(unit.id(), action.scopeUnitId(), today)) {
			throw new RejectedException("unitId", "directives.error.unitNotConcerned", unit.fullName());
		}
		if (form.doneOn() == null) {
			throw new RejectedException("doneOn", "directives.error.doneRequired");
		}
		if (form.doneOn().isAfter(today)) {
			throw new RejectedException("doneOn", "directives.error.doneInFuture", VietnamTime.DATE.format(today));
		}
		if (form.participants() != null && form.participants() < 0) {
			throw new RejectedException("participants", "directives.error.participants");
		}
		Directives.tooLong("documentNumber", VietnameseText.clean(form.documentNumber()), TextLimits.CODE);
		Directives.tooLong("note", VietnameseText.clean(form.note()), TextLimits.NOTE);
		Long evidenceId = (evidence != null && !evidence.isEmpty())
				? this.directives.storeEvidence(action.directiveId(), evidence, user.getUsername()) : null;
		NewActionRecord clean = new NewActionRecord(unit.id(), form.doneOn(),
				Objects.requireNonNullElse(VietnameseText.clean(form.documentNumber()), ""), form.participants(),
				Objects.requireNonNullElse(VietnameseText.clean(form.note()), ""));
		long id = this.actions.insertRecord(actionId, clean, evidenceId, user.getUsername());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("action", actionId);
		details.put("kind", action.kind().name());
		details.put("doneOn", clean.doneOn().toString());
		details.put("documentNumber", clean.documentNumber());
		if (clean.participants() != null) {
			details.put("participants", clean.participants());
		}
		if (evidenceId != null) {
			details.put("evidence", evidenceId);
		}
		this.events
			.publishEvent(new DirectiveActionRecorded(user.getUsername(), actionId, unit.id(), remoteIp, details));
		return this.actions.recordsOf(actionId, unit.id())
			.stream()
			.filter((r) -> r.id() == id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The unit's records of the action, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<ActionRecord> records(ScopedUser user, long actionId, long unitId) {
		action(user, actionId);
		if (!this.scope.canSeeHistorical(user, unitId)) {
			throw new NotFoundException("directives.error.notFound");
		}
		return this.actions.recordsOf(actionId, unitId);
	}

	/**
	 * The units concerned by the action that the user may see.
	 */
	@Transactional(readOnly = true)
	public List<Unit> targets(ScopedUser user, DirectiveAction action) {
		return targets(user, action, new HashMap<>());
	}

	/**
	 * Units × actions of the directive within the user's scope.
	 * @param only show only the rows with a cell of this status ({@code null}: all)
	 * @param limit at most this many rows
	 */
	@Transactional(readOnly = true)
	public ActionMatrix matrix(ScopedUser user, long directiveId, ActionStatus only, int limit) {
		List<DirectiveAction> list = actions(user, directiveId);
		LocalDate today = UnitScope.today();
		Map<Long, List<Unit>> descendants = new HashMap<>();
		Map<Long, Unit> rowsById = new LinkedHashMap<>();
		List<List<Unit>> targetsPerAction = new ArrayList<>();
		for (DirectiveAction action : list) {
			List<Unit> targets = targets(user, action, descendants);
			targetsPerAction.add(targets);
			targets.forEach((unit) -> rowsById.putIfAbsent(unit.id(), unit));
		}
		Map<String, List<ActionRecord>> records = new HashMap<>();
		for (ActionRecord record : this.actions.records(list.stream().map(DirectiveAction::id).toList())) {
			records.computeIfAbsent(record.actionId() + ":" + record.unitId(), (k) -> new ArrayList<>()).add(record);
		}
		List<ActionProgress> totals = new ArrayList<>();
		Map<Long, MatrixCell[]> cells = new LinkedHashMap<>();
		List<ActionMatrix.Overdue> overdue = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			DirectiveAction action = list.get(i);
			int done = 0;
			int late = 0;
			int pending = 0;
			for (Unit unit : targetsPerAction.get(i)) {
				MatrixCell cell = ActionSchedule.status(action,
						records.getOrDefault(action.id() + ":" + unit.id(), List.of()), today);
				cells.computeIfAbsent(unit.id(), (k) -> new MatrixCell[list.size()])[i] = cell;
				switch (cell.status()) {
					case DONE, DONE_LATE -> done++;
					case LATE -> {
						late++;
						overdue.add(new ActionMatrix.Overdue(unit, action, cell,
								ChronoUnit.DAYS.between(cell.due(), today)));
					}
					case PENDING -> pending++;
				}
			}
			totals.add(new ActionProgress(action, targetsPerAction.get(i).size(), done, late, pending));
		}
		List<Unit> ordered = new ArrayList<>(rowsById.values());
		ordered.sort(Comparator.comparing((Unit u) -> u.level().ordinal()));
		List<ActionMatrix.Row> rows = new ArrayList<>();
		for (Unit unit : ordered) {
			MatrixCell[] row = cells.get(unit.id());
			if (only != null && java.util.Arrays.stream(row)
				.noneMatch(
						(c) -> c != null && (c.status() == only || (only == ActionStatus.DONE && c.status().done())))) {
				continue;
			}
			if (rows.size() < limit) {
				rows.add(new ActionMatrix.Row(unit, java.util.Arrays.asList(row)));
			}
		}
		overdue.sort(Comparator.comparingLong(ActionMatrix.Overdue::daysLate).reversed());
		return new ActionMatrix(list, totals, rows, rowsById.size(), overdue);
	}

	/**
	 * The actions that concern the user's own unit, across all directives the user may
	 * see, late ones first.
	 */
	@Transactional(readOnly = true)
	public List<UnitTask> tasks(ScopedUser user) {
		Long unitId = user.scopeUnitId();
		if (unitId == null) {
			return List.of();
		}
		LocalDate today = UnitScope.today();
		Unit unit = this.units.find(unitId, today).orElse(null);
		if (unit == null) {
			return List.of();
		}
		Map<Long, Directive> visible = new HashMap<>();
		this.directives.visible(user).forEach((d) -> visible.put(d.id(), d));
		List<UnitTask> tasks = new ArrayList<>();
		for (DirectiveAction action : this.actions.all()) {
			Directive directive = visible.get(action.directiveId());
			if (directive == null || !action.concerns(unit)
					|| !this.units.isWithin(unitId, action.scopeUnitId(), today)) {
				continue;
			}
			MatrixCell cell = ActionSchedule.status(action, this.actions.recordsOf(action.id(), unitId), today);
			tasks.add(new UnitTask(directive, action, cell));
		}
		tasks.sort(Comparator.comparing((UnitTask t) -> t.cell().status().ordinal() == ActionStatus.LATE.ordinal() ? 0
				: t.cell().status().done() ? 2 : 1)
			.thenComparing((UnitTask t) -> t.cell().due()));
		return tasks;
	}

	private List<Unit> targets(ScopedUser user, DirectiveAction action, Map<Long, List<Unit>> descendants) {
		Long root = root(user, action);
		if (root == null) {
			return List.of();
		}
		LocalDate today = UnitScope.today();
		List<Unit> below = descendants.computeIfAbsent(root, (id) -> {
			List<Unit> all = new ArrayList<>();
			this.units.find(id, today).ifPresent(all::add);
			all.addAll(this.units.descendants(id, today, null));
			return all;
		});
		return below.stream().filter(action::concerns).toList();
	}

	/**
	 * The deeper of the action's unit and the user's scope unit, when one lies below the
	 * other.
	 */
	private Long root(ScopedUser user, DirectiveAction action) {
		Long scopeUnit = user.scopeUnitId();
		if (scopeUnit == null) {
			return user.administrator() ? action.scopeUnitId() : null;
		}
		LocalDate today = UnitScope.today();
		if (this.units.isWithin(scopeUnit, action.scopeUnitId(), today)) {
			return scopeUnit;
		}
		if (this.units.isWithin(action.scopeUnitId(), scopeUnit, today)) {
			return action.scopeUnitId();
		}
		return null;
	}

	private Long defaultScope(ScopedUser user) {
		if (user.scopeUnitId() != null) {
			return user.scopeUnitId();
		}
		List<Unit> roots = this.units.roots(UnitScope.today());
		return (roots.size() == 1) ? roots.get(0).id() : null;
	}

	/**
	 * Levels an action may concern, for forms.
	 */
	public static List<UnitLevel> levels() {
		return List.of(UnitLevel.PROVINCE, UnitLevel.COMMUNE, UnitLevel.VILLAGE);
	}

}

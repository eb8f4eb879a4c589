package vn.danvan.reporting;

import org.springframework.context.ApplicationEventPublisher;
import vn.danvan.reporting.periods.PeriodOpened;
import vn.danvan.reporting.periods.PeriodClosed;
import vn.danvan.reporting.periods.PeriodReopened;

import vn.danvan.reporting.catalogue.VietnameseOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitNotFoundException;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.catalogue.Template;

/**
 * Reporting periods: opening one for a template and a set of units in the officer's
 * scope, closing it, and where every expected unit's report stands.
 */
@Service
public class Periods {

	private final PeriodRepository periods;

	private final SubmissionRepository submissions;

	private final Catalogue catalogue;

	private final Units units;

	private final UnitScope scope;

	private final ApplicationEventPublisher events;

	private final Permissions permissions;

	Periods(PeriodRepository periods, SubmissionRepository submissions, Catalogue catalogue, Units units,
			UnitScope scope, ApplicationEventPublisher events, Permissions permissions) {
		this.periods = periods;
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.units = units;
		this.scope = scope;
		this.events = events;
		this.permissions = permissions;
	}

	/**
	 * The date on which a period's units are looked up: the end of its window, or today
	 * while the window is still running.
	 */
	public static LocalDate unitDate(Period period) {
		LocalDate today = UnitScope.today();
		return period.windowTo().isBefore(today) ? period.windowTo() : today;
	}

	@Transactional
	public Period open(ScopedUser user, OpenPeriod request) {
		Catalogue.requireAdministrator(user);
		if (request.templateId() == null) {
			throw new InvalidRequestException(null, "reporting.error.templateRequired");
		}
		Template template = this.catalogue.template(request.templateId());
		if (request.type() == null) {
			throw new InvalidRequestException(null, "reporting.error.periodTypeRequired");
		}
		String name = VietnameseText.clean(request.name());
		if (name == null || name.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.nameRequired");
		}
		if (request.windowFrom() == null || request.windowTo() == null || request.deadline() == null) {
			throw new InvalidRequestException(null, "reporting.error.datesRequired");
		}
		if (request.windowFrom().isAfter(request.windowTo())) {
			throw new InvalidRequestException(null, "reporting.error.windowInverted");
		}
		if (request.deadline().isBefore(request.windowFrom())) {
			throw new InvalidRequestException(null, "reporting.error.deadlineBeforeWindow");
		}
		if (request.units() == null || request.units().isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.unitsRequired");
		}
		if (TextLimits.problem(name, TextLimits.NAME) != null) {
			throw new InvalidRequestException(null, "reporting.error.nameTooLong", TextLimits.NAME);
		}
		if (request.units().size() > TextLimits.MAX_LIST || TextLimits.hasNullOrDuplicate(request.units())) {
			throw new InvalidRequestException(null, "reporting.error.unitsList", TextLimits.MAX_LIST);
		}
		TemplateStructure structure = this.catalogue.structure(template.latestVersionId());
		LocalDate date = request.windowTo().isBefore(UnitScope.today()) ? request.windowTo() : UnitScope.today();
		Set<Long> expected = new LinkedHashSet<>();
		for (Long unitId : request.units()) {
			try {
				this.scope.requireVisible(user, unitId, date);
			}
			catch (UnitNotFoundException ex) {
				throw new NotFoundException("reporting.error.unitNotFound");
			}
			Unit root = this.units.find(unitId, date)
				.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unitNotOnDate", unitId));
			if (reports(structure, root)) {
				expected.add(root.id());
			}
			this.units.descendants(unitId, date, null)
				.stream()
				.filter((u) -> reports(structure, u))
				.forEach((u) -> expected.add(u.id()));
		}
		if (expected.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.noExpectedUnits");
		}
		long id = this.periods.insert(structure.versionId(), request.type(), name, request.windowFrom(),
				request.windowTo(), request.deadline(), user.scopeUnitId(), user.getUsername());
		this.periods.insertExpected(id, 0, structure.versionId(), expected);
		this.catalogue.freeze(structure.versionId());
		this.events.publishEvent(new PeriodOpened(user.getUsername(), id, user.scopeUnitId(), template.code(),
				structure.version(), expected.size()));
		return this.periods.find(id).orElseThrow();
	}

	static boolean reports(TemplateStructure structure, Unit unit) {
		return (structure.levels().isEmpty() || structure.levels().contains(unit.level()))
				&& (structure.kinds().isEmpty() || structure.kinds().contains(unit.kind()));
	}

	/**
	 * Periods the user is concerned with: those expecting a report from a unit in their
	 * scope or opened in it; latest first.
	 */
	@Transactional(readOnly = true)
	public List<Period> list(ScopedUser user) {
		if (user.scopeUnitId() == null) {
			return user.administrator() ? this.periods.list(null) : List.of();
		}
		return this.periods.list(visibleUnitIds(user, null));
	}

	/**
	 * @throws DanvanException 404 when the period does not exist or concerns no unit in
	 * the user's scope
	 */
	@Transactional(readOnly = true)
	public Period get(ScopedUser user, long periodId) {
		Period period = this.periods.find(periodId)
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
		if (user.scopeUnitId() == null) {
			if (!user.administrator()) {
				throw new NotFoundException("reporting.error.notFound");
			}
			return period;
		}
		Set<Long> visible = visibleUnitIds(user, unitDate(period));
		boolean concerned = (period.ownerUnitId() != null && visible.contains(period.ownerUnitId()))
				|| this.submissions.ofPeriod(periodId).stream().anyMatch((s) -> visible.contains(s.unitId()));
		if (!concerned) {
			throw new NotFoundException("reporting.error.notFound");
		}
		return period;
	}

	/**
	 * A period by id, without a scope check: for modules that decide scope themselves.
	 */
	@Transactional(readOnly = true)
	public Optional<Period> find(long periodId) {
		return this.periods.find(periodId);
	}

	/**
	 * The periods of the same template and type, oldest first: what a figure is followed
	 * across.
	 */
	@Transactional(readOnly = true)
	public List<Period> series(Period period) {
		return this.periods.ofTemplate(period.templateId(), period.type());
	}

	@Transactional(readOnly = true)
	public Optional<Period> previous(Period period) {
		return this.periods.previous(period);
	}

	/**
	 * Every expected unit in the user's scope with its report's state, late ones marked,
	 * in Vietnamese order.
	 */
	@Transactional(readOnly = true)
	public List<UnitStatus> statuses(ScopedUser user, long periodId) {
		Period period = get(user, periodId);
		LocalDate date = unitDate(period);
		Set<Long> visible = (user.scopeUnitId() == null) ? null : visibleUnitIds(user, date);
		List<Submission> all = this.submissions.ofPeriod(periodId)
			.stream()
			.filter((s) -> visible == null || visible.contains(s.unitId()))
			.toList();
		Map<Long, Unit> names = this.units.findAll(all.stream().map(Submission::unitId).toList(), date)
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		Instant endOfDeadline = period.deadline().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		Instant now = Instant.now();
		return all.stream().map((s) -> {
			Unit unit = names.get(s.unitId());
			boolean late = (s.submittedAt() != null) ? s.submittedAt().isAfter(endOfDeadline)
					: !s.state().handedIn() && now.isAfter(endOfDeadline);
			return new UnitStatus(s.unitId(), (unit != null) ? unit.name() : "#" + s.unitId(),
					(unit != null) ? unit.code() : "", s.id(), s.state(), s.updatedAt(), s.submittedAt(), late,
					now.isAfter(endOfDeadline));
		}).sorted(Comparator.comparing((UnitStatus u) -> u.unitName(), VietnameseOrder.COMPARATOR)).toList();
	}

	/**
	 * The periods still open that concern the user, each with its counts over the units
	 * of the user's scope; latest first. What the home page shows a reviewer or a leader.
	 */
	@Transactional(readOnly = true)
	public List<PeriodProgress> openProgress(ScopedUser user) {
		return progress(user, list(user).stream().filter((p) -> !p.closed()).toList());
	}

	/**
	 * The given periods, each with its counts over the units of the user's scope, in the
	 * given order; periods expecting no report in the scope are left out.
	 */
	@Transactional(readOnly = true)
	public List<PeriodProgress> progress(ScopedUser user, List<Period> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		LocalDate today = UnitScope.today();
		// The scope is looked up on the date of each period's units: one query per date.
		Map<LocalDate, List<Period>> byDate = periods.stream()
			.collect(Collectors.groupingBy(Periods::unitDate, java.util.LinkedHashMap::new, Collectors.toList()));
		Map<Long, PeriodProgress> counted = new java.util.HashMap<>();
		byDate.forEach((date, ofDate) -> {
			Set<Long> visible = (user.scopeUnitId() == null) ? null : visibleUnitIds(user, date);
			counted.putAll(this.submissions.progress(ofDate, visible, today));
		});
		return periods.stream()
			.map((p) -> counted.getOrDefault(p.id(), new PeriodProgress(p, 0, 0, 0, 0, 0, 0)))
			.filter((p) -> p.expected() > 0)
			.toList();
	}

	@Transactional
	public void close(ScopedUser user, long periodId) {
		requireClosable(user, get(user, periodId));
		if (!this.periods.close(periodId, Instant.now())) {
			throw new ConflictException("reporting.error.periodAlreadyClosed");
		}
		this.events.publishEvent(new PeriodClosed(user.getUsername(), periodId, user.scopeUnitId()));
	}

	@Transactional
	public void reopen(ScopedUser user, long periodId) {
		requireClosable(user, get(user, periodId));
		if (!this.periods.reopen(periodId)) {
			throw new ConflictException("reporting.error.periodNotClosed");
		}
		this.events.publishEvent(new PeriodReopened(user.getUsername(), periodId, user.scopeUnitId()));
	}

	/**
	 * True when the user may close and reopen the period ({@link Permissions#mayClose}).
	 */
	public boolean mayClose(ScopedUser user, Period period) {
		return this.permissions.mayClose(user, period);
	}

	private void requireClosable(ScopedUser user, Period period) {
		if (!this.permissions.mayClose(user, period)) {
			throw new ForbiddenException("reporting.error.notPeriodOwner");
		}
	}

	/**
	 * The user's unit and every unit below it, today and (when given) on the date.
	 */
	Set<Long> visibleUnitIds(ScopedUser user, LocalDate date) {
		long root = user.scopeUnitId();
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(root);
		this.units.descendants(root, UnitScope.today(), null).forEach((u) -> ids.add(u.id()));
		if (date != null && !date.equals(UnitScope.today())) {
			this.units.descendants(root, date, null).forEach((u) -> ids.add(u.id()));
		}
		return ids;
	}

}

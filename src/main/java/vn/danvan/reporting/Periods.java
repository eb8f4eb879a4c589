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
import vn.danvan.shared.errors.RejectedException;
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

	/**
	 * Opens a period: every part's template (its latest version, frozen now) with the
	 * units it expects, all checked before anything is written.
	 * @throws DanvanException 400 for a missing or unreadable field, 404 for a template
	 * or a unit the user cannot see, 422 for a template of another period type, a
	 * template given twice, or a unit two parts expect
	 */
	@Transactional
	public Period open(ScopedUser user, OpenPeriod request) {
		Catalogue.requireAdministrator(user);
		List<OpenPeriod.Part> parts = request.allParts();
		if (parts.isEmpty() || parts.get(0) == null || parts.get(0).templateId() == null) {
			throw new InvalidRequestException(null, "reporting.error.templateRequired");
		}
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
		if (TextLimits.problem(name, TextLimits.NAME) != null) {
			throw new InvalidRequestException(null, "reporting.error.nameTooLong", TextLimits.NAME);
		}
		if (parts.size() > MAX_PARTS) {
			throw new InvalidRequestException(null, "reporting.error.partsList", MAX_PARTS);
		}
		LocalDate date = request.windowTo().isBefore(UnitScope.today()) ? request.windowTo() : UnitScope.today();
		List<Expected> all = new java.util.ArrayList<>();
		Map<Long, Expected> byUnit = new java.util.HashMap<>();
		for (OpenPeriod.Part part : parts) {
			if (part == null || part.templateId() == null) {
				throw new InvalidRequestException(null, "reporting.error.templateRequired");
			}
			if (part.units() == null || part.units().isEmpty()) {
				throw new InvalidRequestException(null, "reporting.error.unitsRequired");
			}
			if (part.units().size() > TextLimits.MAX_LIST || TextLimits.hasNullOrDuplicate(part.units())) {
				throw new InvalidRequestException(null, "reporting.error.unitsList", TextLimits.MAX_LIST);
			}
			Template template = this.catalogue.template(part.templateId());
			if (all.stream().anyMatch((e) -> e.template().id() == template.id())) {
				throw new RejectedException("parts", "reporting.error.templateTwice", template.name());
			}
			if (!template.allows(request.type())) {
				throw new RejectedException("type", "reporting.error.templateNotForType", template.name());
			}
			TemplateStructure structure = this.catalogue.structure(template.latestVersionId());
			Expected expected = new Expected(template, structure, new LinkedHashSet<>());
			for (Long unitId : part.units()) {
				try {
					this.scope.requireVisible(user, unitId, date);
				}
				catch (UnitNotFoundException ex) {
					throw new NotFoundException("reporting.error.unitNotFound");
				}
				Unit root = this.units.find(unitId, date)
					.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unitNotOnDate", unitId));
				List<Unit> candidates = new java.util.ArrayList<>(List.of(root));
				candidates.addAll(this.units.descendants(unitId, date, null));
				for (Unit unit : candidates) {
					if (!reports(structure, unit) || !expected.units().add(unit.id())) {
						continue;
					}
					Expected other = byUnit.putIfAbsent(unit.id(), expected);
					if (other != null) {
						throw new RejectedException("parts", "reporting.error.unitExpectedTwice", unit.name(),
								other.template().name(), template.name());
					}
				}
			}
			if (expected.units().isEmpty()) {
				if (parts.size() == 1) {
					throw new InvalidRequestException(null, "reporting.error.noExpectedUnits");
				}
				throw new RejectedException("parts", "reporting.error.noExpectedUnitsOf", template.name());
			}
			all.add(expected);
		}
		Expected first = all.get(0);
		long id = this.periods.insert(first.structure().versionId(), request.type(), name, request.windowFrom(),
				request.windowTo(), request.deadline(), user.scopeUnitId(), user.getUsername());
		int position = 0;
		for (Expected expected : all) {
			this.periods.insertExpected(id, position++, expected.structure().versionId(), expected.units());
			this.catalogue.freeze(expected.structure().versionId());
		}
		String codes = all.stream().map((e) -> e.template().code()).collect(Collectors.joining(", "));
		this.events.publishEvent(new PeriodOpened(user.getUsername(), id, user.scopeUnitId(), codes,
				first.structure().version(), all.stream().mapToInt((e) -> e.units().size()).sum()));
		return this.periods.find(id).orElseThrow();
	}

	/** At most this many templates in one period. */
	static final int MAX_PARTS = 10;

	private record Expected(Template template, TemplateStructure structure, Set<Long> units) {
	}

	/**
	 * The templates a period expects reports of, in its order: the period's own first
	 * ({@link Period#templateVersionId()}), then those of the other levels.
	 */
	@Transactional(readOnly = true)
	public List<TemplateStructure> structures(Period period) {
		return this.periods.templateVersions(period.id()).stream().map(this.catalogue::structure).toList();
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
		Map<Long, Long> versions = this.submissions.templateVersionsOfPeriod(periodId);
		return all.stream().map((s) -> {
			Unit unit = names.get(s.unitId());
			boolean late = (s.submittedAt() != null) ? s.submittedAt().isAfter(endOfDeadline)
					: !s.state().handedIn() && now.isAfter(endOfDeadline);
			return new UnitStatus(s.unitId(), (unit != null) ? unit.name() : "#" + s.unitId(),
					(unit != null) ? unit.code() : "", s.id(), s.state(), s.updatedAt(), s.submittedAt(), late,
					now.isAfter(endOfDeadline), versions.getOrDefault(s.id(), period.templateVersionId()));
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

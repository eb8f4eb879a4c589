package vn.danvan.practices.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.security.Role;
import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeChanged;
import vn.danvan.practices.PracticeEvaluated;
import vn.danvan.practices.PracticeId;
import vn.danvan.practices.PracticeRecognised;
import vn.danvan.practices.PracticeRegistered;
import vn.danvan.practices.PracticeStatus;
import vn.danvan.practices.PracticeStatusChanged;
import vn.danvan.practices.Practices;
import vn.danvan.practices.RecognitionLevel;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The registry: a user sees the practices of their subtree; the owner unit's officers
 * register and change them and record their start, replication or end; officers of a unit
 * above the owner evaluate them each year (a year that has ended) and recognise them at
 * their level. Every step is dated and kept, every change publishes an event (audited by
 * accounts in the same transaction). Bad input throws {@link PracticeRejectedException}
 * and writes nothing.
 */
@Service
@Transactional
public class PracticeRegistry implements Practices {

	static final Set<Role> EDITORS = Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER, Role.REPORTING_OFFICER);

	static final Set<Role> ASSESSORS = Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER);

	static final int TEXT_LIMIT = 10000;

	private final PracticeRepository practices;

	private final Units units;

	private final UnitScope scope;

	private final ApplicationEventPublisher events;

	private final PracticeFormChecks checks;

	PracticeRegistry(PracticeRepository practices, Units units, UnitScope scope, ApplicationEventPublisher events,
			PracticeFormChecks checks) {
		this.practices = practices;
		this.units = units;
		this.scope = scope;
		this.events = events;
		this.checks = checks;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Practice> find(ScopedUser user, PracticeId id) {
		return this.practices.find(id.value()).filter((p) -> this.scope.canSeeHistorical(user, p.ownerUnitId()));
	}

	/**
	 * @throws PracticeNotFoundException when there is no such practice or it lies outside
	 * the user's scope
	 */
	@Transactional(readOnly = true)
	public Practice get(ScopedUser user, long id) {
		return find(user, new PracticeId(id)).orElseThrow(() -> new PracticeNotFoundException(id));
	}

	/**
	 * One page of the practices of the user's scope that match, and how many match.
	 */
	@Transactional(readOnly = true)
	public PracticeRepository.Page search(ScopedUser user, PracticeSearch search) {
		return this.practices.search(search, units(user, search), PracticeSearch.PAGE_SIZE,
				search.page() * PracticeSearch.PAGE_SIZE);
	}

	/**
	 * Every practice that matches (up to {@code limit}), for the export.
	 */
	@Transactional(readOnly = true)
	public List<Practice> all(ScopedUser user, PracticeSearch search, int limit) {
		return this.practices.search(search, units(user, search), limit, 0).practices();
	}

	@Transactional(readOnly = true)
	public List<Step> history(ScopedUser user, long id) {
		get(user, id);
		return this.practices.steps(id);
	}

	@Transactional(readOnly = true)
	public List<Evaluation> evaluations(ScopedUser user, long id) {
		get(user, id);
		return this.practices.evaluations(id);
	}

	/**
	 * The unit ids a search covers within the user's scope; {@code null} for all.
	 */
	private Collection<Long> units(ScopedUser user, PracticeSearch search) {
		LocalDate today = UnitScope.today();
		if (search.unit() != null) {
			if (!this.scope.canSee(user, search.unit())) {
				return List.of();
			}
			return search.below() ? subtree(search.unit(), today) : List.of(search.unit());
		}
		Long root = this.scope.scopeRoot(user);
		if (root == null) {
			return user.administrator() ? null : List.of();
		}
		return subtree(root, today);
	}

	List<Long> subtree(long unitId, LocalDate date) {
		return this.units.subtreeIds(unitId, date);
	}

	/**
	 * True when the user is an officer of the owner unit.
	 */
	public boolean canEdit(ScopedUser user, Practice practice) {
		if (EDITORS.stream().noneMatch(user::hasRole)) {
			return false;
		}
		// Only the owner unit's own officers change its practice (as only a unit's own
		// officers edit its report): the units above evaluate and recognise it.
		Long unit = user.scopeUnitId();
		return unit != null && unit == practice.ownerUnitId();
	}

	/**
	 * The unit the user evaluates and recognises for when it lies above the owner unit:
	 * the user's own unit, or the centre for a system administrator.
	 */
	public Optional<Unit> assessingUnit(ScopedUser user, Practice practice) {
		if (ASSESSORS.stream().noneMatch(user::hasRole)) {
			return Optional.empty();
		}
		LocalDate today = UnitScope.today();
		Long unit = user.scopeUnitId();
		if (unit == null) {
			return user.administrator() ? this.units.roots(today).stream().findFirst() : Optional.empty();
		}
		if (unit == practice.ownerUnitId() || !this.units.isWithin(practice.ownerUnitId(), unit, today)) {
			return Optional.empty();
		}
		return this.units.find(unit, today);
	}

	public Practice register(ScopedUser user, PracticeForm form) {
		if (EDITORS.stream().noneMatch(user::hasRole)) {
			throw new ForbiddenException("practices.error.notOfficer");
		}
		long owner = owner(user, form.ownerUnitId());
		PracticeForm clean = this.checks.validate(form);
		List<Practice> same = this.practices.sameName(owner, clean.registeredOn().getYear(), clean.name(), null);
		if (!same.isEmpty() && !form.duplicateConfirmed()) {
			throw PracticeFormChecks.duplicate(clean, same);
		}
		long id = this.practices.insert(clean, owner, user.getUsername());
		this.practices.insertStep(id, Step.Kind.REGISTERED, clean.registeredOn(), owner, "", user.getUsername());
		if (clean.startedOn() != null) {
			this.practices.insertStep(id, Step.Kind.STARTED, clean.startedOn(), owner, "", user.getUsername());
		}
		Practice created = this.practices.find(id).orElseThrow();
		this.events.publishEvent(new PracticeRegistered(created.id(), owner, user.getUsername(), Instant.now(),
				PracticeChanges.attributes(created)));
		return created;
	}

	/**
	 * Changes what the owner registered; refused with what changed when the practice was
	 * saved since {@code form.version()}.
	 */
	public Practice change(ScopedUser user, long id, PracticeForm form) {
		Practice before = lockVisible(user, id);
		requireEditor(user, before);
		PracticeForm clean = this.checks.validate(form);
		if (form.version() == null || form.version() != before.version()) {
			throw new PracticeConflictException(before.version(), before.updatedBy(), before.updatedAt(),
					PracticeChanges.differences(before, clean));
		}
		List<Practice> same = this.practices.sameName(before.ownerUnitId(), clean.registeredOn().getYear(),
				clean.name(), id);
		if (!same.isEmpty() && !form.duplicateConfirmed()) {
			throw PracticeFormChecks.duplicate(clean, same);
		}
		if (before.startedOn() == null && clean.startedOn() != null && before.status() == PracticeStatus.REGISTERED) {
			this.practices.update(id, clean, user.getUsername());
			this.practices.setStatus(id, PracticeStatus.IN_PROGRESS, clean.startedOn(), user.getUsername());
			this.practices.insertStep(id, Step.Kind.STARTED, clean.startedOn(), before.ownerUnitId(), "",
					user.getUsername());
		}
		else {
			this.practices.update(id, clean, user.getUsername());
		}
		Practice after = this.practices.find(id).orElseThrow();
		Map<String, Object> was = PracticeChanges.attributes(before);
		Map<String, Object> now = PracticeChanges.attributes(after);
		if (!was.equals(now)) {
			this.practices.insertStep(id, Step.Kind.CHANGED, UnitScope.today(), before.ownerUnitId(),
					String.join(", ", PracticeChanges.changedNames(was, now)), user.getUsername());
		}
		this.events.publishEvent(
				new PracticeChanged(after.id(), after.ownerUnitId(), user.getUsername(), Instant.now(), was, now));
		return after;
	}

	/**
	 * Đăng ký → đang triển khai, on the date given (today by default).
	 */
	public Practice start(ScopedUser user, long id, Assessment.StepForm form) {
		Practice practice = lockVisible(user, id);
		requireEditor(user, practice);
		if (practice.status() != PracticeStatus.REGISTERED) {
			throw new PracticeRejectedException(null, "practices.error.notRegistered");
		}
		LocalDate on = PracticeFormChecks.date(form.on(), practice.registeredOn(), "on");
		this.practices.setStatus(id, PracticeStatus.IN_PROGRESS, on, user.getUsername());
		return moved(user, practice, PracticeStatus.IN_PROGRESS, Step.Kind.STARTED, on, "");
	}

	/**
	 * Nhân rộng: the note names the units that took the practice up.
	 */
	public Practice replicate(ScopedUser user, long id, Assessment.StepForm form) {
		Practice practice = lockVisible(user, id);
		requireEditorOrAssessor(user, practice);
		if (practice.status() != PracticeStatus.IN_PROGRESS) {
			throw new PracticeRejectedException(null, "practices.error.notInProgress");
		}
		String note = PracticeFormChecks.required(form.note(), "note", "practices.error.replicatedByRequired");
		LocalDate on = PracticeFormChecks.date(form.on(), practice.registeredOn(), "on");
		this.practices.setStatus(id, PracticeStatus.REPLICATED, null, user.getUsername());
		return moved(user, practice, PracticeStatus.REPLICATED, Step.Kind.REPLICATED, on, note);
	}

	/**
	 * Kết thúc, with the reason.
	 */
	public Practice end(ScopedUser user, long id, Assessment.StepForm form) {
		Practice practice = lockVisible(user, id);
		requireEditorOrAssessor(user, practice);
		if (practice.status() == PracticeStatus.ENDED) {
			throw new PracticeRejectedException(null, "practices.error.closed");
		}
		String note = PracticeFormChecks.required(form.note(), "note", "practices.error.reasonRequired");
		LocalDate on = PracticeFormChecks.date(form.on(), practice.registeredOn(), "on");
		this.practices.setStatus(id, PracticeStatus.ENDED, null, user.getUsername());
		return moved(user, practice, PracticeStatus.ENDED, Step.Kind.ENDED, on, note);
	}

	/**
	 * The yearly evaluation by a unit above the owner; a year not yet ended, a year
	 * before the registration or a year already evaluated is refused.
	 */
	public Practice evaluate(ScopedUser user, long id, Assessment.EvaluationForm form) {
		Practice practice = lockVisible(user, id);
		Unit evaluator = assessingUnit(user, practice)
			.orElseThrow(() -> new ForbiddenException("practices.error.notAbove"));
		if (practice.status() == PracticeStatus.ENDED) {
			throw new PracticeRejectedException(null, "practices.error.closed");
		}
		LocalDate today = UnitScope.today();
		if (form.year() == null) {
			throw new PracticeRejectedException("year", "practices.error.yearRequired");
		}
		int year = form.year();
		if (year >= today.getYear()) {
			throw new PracticeRejectedException("year", "practices.error.yearNotEnded", String.valueOf(year),
					VietnamTime.DATE.format(LocalDate.of(year, 12, 31)));
		}
		if (year < practice.registeredOn().getYear()) {
			throw new PracticeRejectedException("year", "practices.error.yearBeforeRegistration", String.valueOf(year),
					String.valueOf(practice.registeredOn().getYear()));
		}
		if (this.practices.evaluation(id, year).isPresent()) {
			throw new PracticeRejectedException("year", "practices.error.yearEvaluated", String.valueOf(year));
		}
		if (form.grade() == null) {
			throw new PracticeRejectedException("grade", "practices.error.gradeRequired");
		}
		if (form.effective() == null) {
			throw new PracticeRejectedException("effective", "practices.error.effectiveRequired");
		}
		String comment = PracticeFormChecks.limited(form.comment(), "comment", 4000);
		LocalDate on = PracticeFormChecks.date(form.evaluatedOn(), LocalDate.of(year, 1, 1), "evaluatedOn");
		this.practices.insertEvaluation(new Evaluation(id, year, on, evaluator.id(), form.grade(), form.effective(),
				comment, user.getUsername()));
		boolean latest = this.practices.evaluations(id).get(0).year() == year;
		PracticeStatus status = (practice.status() == PracticeStatus.REGISTERED) ? PracticeStatus.IN_PROGRESS
				: practice.status();
		this.practices.setEffective(id, latest ? form.effective() : Boolean.TRUE.equals(practice.effective()), status,
				user.getUsername());
		this.practices.insertStep(id, Step.Kind.EVALUATED, on, evaluator.id(), year + ": " + form.grade().name()
				+ (form.effective() ? " (hiệu quả)" : " (chưa hiệu quả)") + (comment.isEmpty() ? "" : " — " + comment),
				user.getUsername());
		this.events.publishEvent(new PracticeEvaluated(practice.id(), practice.ownerUnitId(), evaluator.id(), year,
				form.grade().name(), form.effective(), user.getUsername(), Instant.now()));
		return this.practices.find(id).orElseThrow();
	}

	/**
	 * Recognition at the level of a unit above the owner, once the latest evaluation
	 * found the practice effective.
	 */
	public Practice recognise(ScopedUser user, long id, Assessment.RecognitionForm form) {
		Practice practice = lockVisible(user, id);
		Unit unit = assessingUnit(user, practice).orElseThrow(() -> new ForbiddenException("practices.error.notAbove"));
		RecognitionLevel level = RecognitionLevel.of(unit.level());
		if (level == null) {
			throw new PracticeRejectedException(null, "practices.error.levelCannotRecognise");
		}
		if (practice.status() == PracticeStatus.ENDED) {
			throw new PracticeRejectedException(null, "practices.error.closed");
		}
		if (!this.practices.latestEffective(id).orElse(false)) {
			throw new PracticeRejectedException(null, "practices.error.notEffective");
		}
		if (practice.level() != null && practice.level().ordinal() >= level.ordinal()) {
			throw new PracticeRejectedException(null, "practices.error.alreadyRecognised", practice.level().name());
		}
		LocalDate on = PracticeFormChecks.date(form.recognisedOn(), practice.registeredOn(), "recognisedOn");
		String note = PracticeFormChecks.limited(form.note(), "note", 4000);
		this.practices.setRecognition(id, level, on, form.exemplary(), form.proposedForAward(), user.getUsername());
		this.practices.insertStep(id, Step.Kind.RECOGNISED, on, unit.id(),
				level.name() + (form.exemplary() ? ", tiêu biểu" : "")
						+ (form.proposedForAward() ? ", đề nghị khen thưởng" : "")
						+ (note.isEmpty() ? "" : " — " + note),
				user.getUsername());
		this.events.publishEvent(new PracticeRecognised(practice.id(), practice.ownerUnitId(), unit.id(), level, on,
				form.exemplary(), form.proposedForAward(), user.getUsername(), Instant.now()));
		return this.practices.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<PracticeOption> options(String list) {
		return this.practices.options(list);
	}

	@Transactional(readOnly = true)
	public List<PracticeOption> allOptions() {
		return this.practices.allOptions();
	}

	/**
	 * Adds an entry to a list (system administrators).
	 */
	public void addOption(ScopedUser user, String list, String code, String name) {
		requireNationalAdministrator(user);
		if (!Set.of(PracticeOption.FIELD, PracticeOption.TARGET_GROUP, PracticeOption.THEME).contains(list)) {
			throw new PracticeRejectedException("list", "practices.error.listUnknown");
		}
		String cleanCode = Objects.requireNonNullElse(code, "").strip().toUpperCase(java.util.Locale.ROOT);
		if (!cleanCode.matches("[A-Z0-9_]{1,40}")) {
			throw new PracticeRejectedException("code", "practices.error.codeFormat");
		}
		String cleanName = PracticeFormChecks.required(name, "name", "practices.error.optionNameRequired");
		if (cleanName.length() > 200) {
			throw new PracticeRejectedException("name", "practices.error.tooLong", 200);
		}
		int position = this.practices.options(list).size() + 1;
		if (!this.practices.insertOption(new PracticeOption(list, cleanCode, cleanName, position, true))) {
			throw new PracticeRejectedException("code", "practices.error.codeUsed", cleanCode);
		}
	}

	public void setOptionActive(ScopedUser user, String list, String code, boolean active) {
		requireNationalAdministrator(user);
		if (!this.practices.setOptionActive(list, code, active)) {
			throw new PracticeRejectedException("code", "practices.error.optionUnknown", code);
		}
	}

	private static void requireNationalAdministrator(ScopedUser user) {
		if (!user.administrator() || user.scopeUnitId() != null) {
			throw new ForbiddenException("practices.error.notNationalAdministrator");
		}
	}

	private Practice moved(ScopedUser user, Practice before, PracticeStatus to, Step.Kind kind, LocalDate on,
			String note) {
		this.practices.insertStep(before.id().value(), kind, on, before.ownerUnitId(), note, user.getUsername());
		this.events.publishEvent(new PracticeStatusChanged(before.id(), before.ownerUnitId(), before.status(), to, on,
				note, user.getUsername(), Instant.now()));
		return this.practices.find(before.id().value()).orElseThrow();
	}

	private Practice lockVisible(ScopedUser user, long id) {
		return this.practices.lock(id)
			.filter((p) -> this.scope.canSeeHistorical(user, p.ownerUnitId()))
			.orElseThrow(() -> new PracticeNotFoundException(id));
	}

	private void requireEditor(ScopedUser user, Practice practice) {
		if (!canEdit(user, practice)) {
			throw new ForbiddenException("practices.error.notOwner");
		}
	}

	private void requireEditorOrAssessor(ScopedUser user, Practice practice) {
		if (!canEdit(user, practice) && assessingUnit(user, practice).isEmpty()) {
			throw new ForbiddenException("practices.error.notOwner");
		}
	}

	private long owner(ScopedUser user, Long requested) {
		Long unit = user.scopeUnitId();
		if (unit == null) {
			if (!user.administrator()) {
				throw new ForbiddenException("practices.error.notOfficer");
			}
			if (requested == null || this.units.find(requested, UnitScope.today()).isEmpty()) {
				throw new PracticeRejectedException("ownerUnitId", "practices.error.ownerRequired");
			}
			return requested;
		}
		if (requested != null && requested.longValue() != unit) {
			throw new PracticeRejectedException("ownerUnitId", "practices.error.ownerNotYours");
		}
		return unit;
	}

}

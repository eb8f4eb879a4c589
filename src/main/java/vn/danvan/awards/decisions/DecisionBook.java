package vn.danvan.awards.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.awards.Awards;
import vn.danvan.awards.Decision;
import vn.danvan.awards.DecisionChanged;
import vn.danvan.awards.DecisionId;
import vn.danvan.awards.DecisionRecorded;
import vn.danvan.awards.RecipientKind;
import vn.danvan.awards.RecipientsAdded;
import vn.danvan.practices.PracticeId;
import vn.danvan.practices.Practices;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The book of commendation decisions: a user reads the decisions issued in their subtree;
 * the commission officers and administrators of the issuing unit or above record and
 * change them and add their recipients, who must belong to the issuing unit's subtree. A
 * number is used once by an issuing unit in a year; a change made from an older version
 * is refused with what changed; a refusal saves nothing.
 */
@Service
@Transactional
class DecisionBook implements Awards {

	static final Set<Role> EDITORS = Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER);

	private final DecisionRepository decisions;

	private final Units units;

	private final UnitScope scope;

	private final Practices practices;

	private final ApplicationEventPublisher events;

	DecisionBook(DecisionRepository decisions, Units units, UnitScope scope, Practices practices,
			ApplicationEventPublisher events) {
		this.decisions = decisions;
		this.units = units;
		this.scope = scope;
		this.practices = practices;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Decision> find(ScopedUser user, DecisionId id) {
		return this.decisions.find(id.value()).filter((d) -> this.scope.canSeeHistorical(user, d.issuingUnitId()));
	}

	@Transactional(readOnly = true)
	public Decision get(ScopedUser user, long id) {
		return find(user, new DecisionId(id)).orElseThrow(() -> new NotFoundException("awards.error.notFound", id));
	}

	@Transactional(readOnly = true)
	List<Decision> search(ScopedUser user, DecisionSearch search, int limit) {
		return this.decisions.search(search, units(user, search.unit()), limit);
	}

	/**
	 * The issuing units a search covers within the user's scope ({@code null}: all).
	 */
	Collection<Long> units(ScopedUser user, Long unit) {
		LocalDate today = UnitScope.today();
		if (unit != null) {
			return this.scope.canSee(user, unit) ? subtree(unit, today) : List.of();
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
	 * True when the user is an officer or administrator of the issuing unit or above.
	 */
	public boolean canEdit(ScopedUser user, long issuingUnitId) {
		return EDITORS.stream().anyMatch(user::hasRole) && this.scope.ownsOrAbove(user, issuingUnitId);
	}

	/**
	 * The units the user may issue decisions for (their own and the units below).
	 */
	@Transactional(readOnly = true)
	public List<Unit> issuingUnits(ScopedUser user) {
		if (EDITORS.stream().noneMatch(user::hasRole)) {
			return List.of();
		}
		LocalDate today = UnitScope.today();
		Long root = this.scope.scopeRoot(user);
		List<Unit> result = new ArrayList<>();
		if (root == null) {
			if (user.administrator()) {
				this.units.roots(today).forEach((r) -> {
					result.add(r);
					result.addAll(this.units.descendants(r.id(), today, null));
				});
			}
			return result.stream().filter((u) -> u.level().ordinal() <= 3).toList();
		}
		this.units.find(root, today).ifPresent(result::add);
		result.addAll(this.units.descendants(root, today, null));
		return result.stream().filter((u) -> u.level().ordinal() <= 3).toList();
	}

	public Decision record(ScopedUser user, DecisionForm form) {
		if (EDITORS.stream().noneMatch(user::hasRole)) {
			throw new ForbiddenException("awards.error.notOfficer");
		}
		if (form.issuingUnitId() == null) {
			throw new RejectedException("issuingUnitId", "awards.error.issuingUnitRequired");
		}
		// A unit outside the officer's scope (above it, elsewhere) is answered as not
		// found, like any object outside the scope (docs/security.md).
		Unit issuing = this.units.find(form.issuingUnitId(), UnitScope.today())
			.filter((u) -> this.scope.canSee(user, u.id()))
			.orElseThrow(() -> new NotFoundException("awards.error.issuingUnitOutside"));
		if (!this.scope.ownsOrAbove(user, issuing.id())) {
			throw new NotFoundException("awards.error.issuingUnitOutside");
		}
		DecisionForm clean = validate(form);
		requireNumberFree(issuing.id(), clean, null);
		long id;
		try {
			id = this.decisions.insert(clean, issuing.id(), issuing.level(), user.getUsername());
		}
		catch (DuplicateKeyException ex) {
			throw numberUsed(clean);
		}
		Decision created = this.decisions.find(id).orElseThrow();
		this.events
			.publishEvent(new DecisionRecorded(created.id(), issuing.id(), user.getUsername(), attributes(created)));
		return created;
	}

	/**
	 * Changes the decision; refused with what changed when it was saved since
	 * {@code form.version()}.
	 */
	public Decision change(ScopedUser user, long id, DecisionForm form) {
		Decision before = lockEditable(user, id);
		DecisionForm clean = validate(form);
		if (form.version() == null || form.version() != before.version()) {
			throw new ConflictException(differences(before, clean), "awards.error.stale", before.updatedBy())
				.with("currentVersion", before.version());
		}
		requireNumberFree(before.issuingUnitId(), clean, id);
		try {
			this.decisions.update(id, clean, user.getUsername());
		}
		catch (DuplicateKeyException ex) {
			throw numberUsed(clean);
		}
		Decision after = this.decisions.find(id).orElseThrow();
		this.events.publishEvent(new DecisionChanged(after.id(), after.issuingUnitId(), user.getUsername(),
				attributes(before), attributes(after)));
		return after;
	}

	/**
	 * Adds one recipient at the end of the list.
	 */
	public Decision addRecipient(ScopedUser user, long id, RecipientForm form) {
		return addRecipients(user, id, List.of(form), false);
	}

	/**
	 * Adds the recipients in their order; one refused and none is added.
	 */
	public Decision addRecipients(ScopedUser user, long id, List<RecipientForm> forms, boolean imported) {
		Decision decision = lockEditable(user, id);
		if (forms == null || forms.isEmpty()) {
			throw new RejectedException(null, "awards.error.noRecipients");
		}
		if (forms.size() > RecipientImport.MAX_ROWS) {
			throw new RejectedException(null, "awards.import.tooManyRows", RecipientImport.MAX_ROWS);
		}
		List<RecipientForm> clean = new ArrayList<>();
		for (RecipientForm form : forms) {
			clean.add(validate(user, decision, form));
		}
		int position = decision.recipients().size();
		int collectives = 0;
		for (RecipientForm r : clean) {
			this.decisions.insertRecipient(id, ++position, r);
			collectives += (r.kind() == RecipientKind.COLLECTIVE) ? 1 : 0;
		}
		this.decisions.touch(id, user.getUsername());
		this.events.publishEvent(new RecipientsAdded(decision.id(), decision.issuingUnitId(), user.getUsername(),
				collectives, clean.size() - collectives, imported));
		return this.decisions.find(id).orElseThrow();
	}

	/**
	 * The recipient as it may be stored.
	 * @throws RejectedException naming the field
	 */
	RecipientForm validate(ScopedUser user, Decision decision, RecipientForm form) {
		if (form == null || form.kind() == null) {
			throw new RejectedException("kind", "awards.error.kindRequired");
		}
		String name = text(form.name(), "name", TextLimits.NAME);
		String title = text(form.jobTitle(), "jobTitle", TextLimits.NAME);
		if (form.kind() == RecipientKind.INDIVIDUAL && name.isEmpty()) {
			throw new RejectedException("name", "awards.error.nameRequired");
		}
		if (form.kind() == RecipientKind.COLLECTIVE) {
			title = "";
		}
		if (form.unitId() == null) {
			throw new RejectedException("unitId", "awards.error.unitRequired");
		}
		LocalDate today = UnitScope.today();
		if (this.units.find(form.unitId(), today).isEmpty()
				|| !this.units.isWithin(form.unitId(), decision.issuingUnitId(), today)) {
			throw new RejectedException("unitId", "awards.error.recipientOutside");
		}
		if (form.practiceId() != null && this.practices.find(user, new PracticeId(form.practiceId())).isEmpty()) {
			throw new RejectedException("practiceId", "awards.error.practiceUnknown", form.practiceId());
		}
		return new RecipientForm(form.kind(), name, title, form.unitId(), form.practiceId());
	}

	private Decision lockEditable(ScopedUser user, long id) {
		Decision decision = this.decisions.lock(id)
			.filter((d) -> this.scope.canSeeHistorical(user, d.issuingUnitId()))
			.orElseThrow(() -> new NotFoundException("awards.error.notFound", id));
		if (!canEdit(user, decision.issuingUnitId())) {
			throw new ForbiddenException("awards.error.notOfficer");
		}
		return decision;
	}

	private void requireNumberFree(long issuingUnitId, DecisionForm form, Long except) {
		if (this.decisions.numberUsed(issuingUnitId, form.decidedOn().getYear(), form.number(), except)) {
			throw numberUsed(form);
		}
	}

	private static RejectedException numberUsed(DecisionForm form) {
		return new RejectedException("number", "awards.error.numberUsed", form.number(),
				String.valueOf(form.decidedOn().getYear()));
	}

	static DecisionForm validate(DecisionForm form) {
		String number = text(form.number(), "number", TextLimits.CODE);
		if (number.isEmpty()) {
			throw new RejectedException("number", "awards.error.numberRequired");
		}
		if (form.decidedOn() == null) {
			throw new RejectedException("decidedOn", "awards.error.dateRequired");
		}
		if (form.decidedOn().isAfter(UnitScope.today())) {
			throw new RejectedException("decidedOn", "awards.error.dateInFuture");
		}
		if (form.form() == null) {
			throw new RejectedException("form", "awards.error.formRequired");
		}
		String reason = text(form.reason(), "reason", TextLimits.NOTE);
		String campaign = text(form.campaign(), "campaign", TextLimits.NAME);
		return new DecisionForm(number, form.decidedOn(), form.issuingUnitId(), form.form(), reason, campaign,
				form.version());
	}

	private static String text(String value, String field, int max) {
		String clean = (value == null) ? "" : value.strip().replaceAll("\\s+", " ");
		String problem = TextLimits.problem(clean, max);
		if (problem != null) {
			throw new RejectedException(field, problem, max);
		}
		return clean;
	}

	static Map<String, Object> attributes(Decision d) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("number", d.number());
		a.put("decidedOn", d.decidedOn().toString());
		a.put("form", d.form().name());
		a.put("reason", d.reason());
		a.put("campaign", d.campaign());
		return a;
	}

	private static List<Difference> differences(Decision stored, DecisionForm yours) {
		List<Difference> list = new ArrayList<>();
		diff(list, "number", stored.number(), yours.number());
		diff(list, "decidedOn", String.valueOf(stored.decidedOn()), String.valueOf(yours.decidedOn()));
		diff(list, "form", stored.form().name(), yours.form().name());
		diff(list, "reason", stored.reason(), yours.reason());
		diff(list, "campaign", stored.campaign(), yours.campaign());
		return list;
	}

	private static void diff(List<Difference> list, String field, String stored, String yours) {
		if (!Objects.equals(stored, yours)) {
			list.add(new Difference(field, stored, yours));
		}
	}

}

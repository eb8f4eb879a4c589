package vn.danvan.units.tree;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.SuccessionKind;
import vn.danvan.units.SuccessionRecorded;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitChanged;
import vn.danvan.units.UnitClosed;
import vn.danvan.units.UnitCreated;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitNotFoundException;
import vn.danvan.units.Units;

/**
 * Administrators' changes to the organisation tree: create, change from a date, close,
 * and record a merge or split. Each call is all-or-nothing: bad input throws
 * {@link RejectedException} before anything is written, and every change publishes its
 * past-tense event ({@link UnitCreated}, {@link UnitChanged}, {@link UnitClosed},
 * {@link SuccessionRecorded}), which the audit log writes.
 */
@Service
@Transactional
public class UnitAdministration {

	public static final String CREATED = "UNIT_CREATED";

	public static final String CHANGED = "UNIT_CHANGED";

	public static final String CLOSED = "UNIT_CLOSED";

	public static final String SUCCESSION_RECORDED = "SUCCESSION_RECORDED";

	private final Units units;

	private final UnitChangeRepository changes;

	private final ApplicationEventPublisher events;

	UnitAdministration(Units units, UnitChangeRepository changes, ApplicationEventPublisher events) {
		this.units = units;
		this.changes = changes;
		this.events = events;
	}

	/**
	 * Creates a unit whose first version starts on {@code form.validFrom()}.
	 * @return the new unit's id
	 */
	public long create(NewUnit form, String actor) {
		Unit created = insertNew(form.code(), form.name(), form.fullName(), form.kind(), form.parentId(),
				form.validFrom(), "");
		this.events.publishEvent(new UnitCreated(actor, created.id(), attributes(created)));
		return created.id();
	}

	/**
	 * A token that changes whenever any version of the unit changes; a form carries it so
	 * that an edit built on an outdated page is refused.
	 */
	@Transactional(readOnly = true)
	public String versionToken(long unitId) {
		List<Unit> versions = this.changes.versions(unitId);
		if (versions.isEmpty()) {
			throw new UnitNotFoundException(unitId);
		}
		return token(versions);
	}

	/**
	 * From {@code effective} on, the unit has the given code, names, kind and parent: the
	 * version valid then ends the day before and a new one starts.
	 * @param versionToken the {@link #versionToken(long)} the form was built from
	 */
	public void change(long unitId, UnitChange change, LocalDate effective, String versionToken, String actor) {
		if (!this.changes.lock(unitId)) {
			throw new UnitNotFoundException(unitId);
		}
		List<Unit> versions = this.changes.versions(unitId);
		if (!token(versions).equals(versionToken)) {
			throw new RejectedException("version", "unit.error.stale");
		}
		if (effective == null) {
			throw new RejectedException("effective", "unit.error.dateRequired");
		}
		Unit current = versions.stream()
			.filter((v) -> v.validOn(effective))
			.findFirst()
			.orElseThrow(() -> new RejectedException("effective", "unit.error.notValidOn", format(effective)));
		if (effective.equals(current.validFrom())) {
			throw new RejectedException("effective", "unit.error.sameStart", format(effective));
		}
		Attributes next = attributes(change.code(), change.name(), change.fullName(), change.kind(), change.parentId(),
				effective);
		if (next.parentId() != null
				&& (next.parentId() == unitId || this.units.isWithin(next.parentId(), unitId, effective))) {
			throw new RejectedException("parentId", "unit.error.cycle");
		}
		if (Objects.equals(next.code(), current.code()) && next.name().equals(current.name())
				&& next.fullName().equals(current.fullName()) && next.kind() == current.kind()
				&& next.level() == current.level() && Objects.equals(next.parentId(), current.parentId())) {
			throw new RejectedException("name", "unit.error.nothingChanged");
		}
		requireCodeFree(next, effective, current.validTo(), unitId);
		write(() -> {
			this.changes.endVersion(unitId, effective);
			this.changes.insertVersion(unitId, effective, current.validTo(), next.code(), next.name(), next.fullName(),
					next.kind(), next.level(), next.parentId());
		});
		Unit after = new Unit(unitId, next.code(), next.name(), next.fullName(), next.kind(), next.level(),
				next.parentId(), effective, current.validTo());
		this.events.publishEvent(new UnitChanged(actor, unitId, attributes(current), attributes(after)));
	}

	/**
	 * Closes the unit: {@code date} is the first day it no longer exists.
	 */
	public void close(long unitId, LocalDate date, String actor) {
		if (!this.changes.lock(unitId)) {
			throw new UnitNotFoundException(unitId);
		}
		Unit closed = closeVersion(unitId, date, "date");
		this.events.publishEvent(new UnitClosed(actor, unitId, attributes(closed), date));
	}

	/**
	 * Checks a merge or split without writing anything and says what it would do, for the
	 * confirmation step.
	 */
	@Transactional(readOnly = true)
	public SuccessionPreview previewSuccession(RecordSuccession form) {
		return plan(form, false);
	}

	/**
	 * Records a merge or split in one step: creates the new target if any, closes the
	 * sources whose links are not all partial, and writes the successions.
	 * @return the ids of the target units
	 */
	public List<Long> recordSuccession(RecordSuccession form, String actor) {
		SuccessionPreview plan = plan(form, true);
		LocalDate date = plan.date();
		Unit created = null;
		if (plan.newTarget() != null) {
			RecordSuccession.NewTarget t = form.newTarget();
			created = insertNew(t.code(), t.name(), t.fullName(), t.kind(), t.parentId(), date, "newTarget.");
		}
		Long createdId = (created != null) ? created.id() : null;
		write(() -> {
			for (Unit source : plan.closing()) {
				if (source.validTo() == null) {
					this.changes.endVersion(source.id(), date);
				}
			}
			for (RecordSuccession.Link link : plan.links()) {
				long to = (link.toUnit() != null) ? link.toUnit() : createdId;
				this.changes.insertSuccession(link.fromUnit(), to, date, plan.kind(), link.partial());
			}
		});
		if (created != null) {
			this.events.publishEvent(new UnitCreated(actor, created.id(), attributes(created)));
		}
		for (Unit source : plan.sources()) {
			List<Map<String, Object>> into = plan.links()
				.stream()
				.filter((l) -> l.fromUnit() == source.id())
				.map((l) -> Map.<String, Object>of("toUnit", (l.toUnit() != null) ? l.toUnit() : createdId, "partial",
						l.partial()))
				.toList();
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("succession", plan.kind().name());
			after.put("date", date);
			after.put("into", into);
			after.put("closed", plan.closing().contains(source));
			this.events.publishEvent(new SuccessionRecorded(actor, source.id(), attributes(source), after));
		}
		List<Long> targets = new ArrayList<>(plan.targets().stream().map(Unit::id).toList());
		if (createdId != null) {
			targets.add(createdId);
		}
		return List.copyOf(targets);
	}

	private SuccessionPreview plan(RecordSuccession form, boolean lock) {
		LocalDate date = form.date();
		if (date == null) {
			throw new RejectedException("date", "unit.error.dateRequired");
		}
		List<RecordSuccession.Link> links = (form.links() != null) ? form.links() : List.of();
		if (links.isEmpty()) {
			throw new RejectedException("sources", "succession.error.noLinks");
		}
		Set<Long> sources = new LinkedHashSet<>();
		Set<Long> targets = new LinkedHashSet<>();
		boolean newTarget = false;
		for (RecordSuccession.Link link : links) {
			sources.add(link.fromUnit());
			if (link.toUnit() != null) {
				targets.add(link.toUnit());
			}
			else {
				newTarget = true;
			}
		}
		if (newTarget && form.newTarget() == null) {
			throw new RejectedException("targets", "succession.error.noTarget");
		}
		int targetCount = targets.size() + (newTarget ? 1 : 0);
		if (sources.size() > 1 && targetCount > 1) {
			throw new RejectedException("targets", "succession.error.manyToMany");
		}
		for (Long source : sources) {
			if (targets.contains(source)) {
				throw new RejectedException("targets", "succession.error.sameUnit", source);
			}
		}
		LocalDate dayBefore = date.minusDays(1);
		List<Unit> sourceUnits = new ArrayList<>();
		for (Long source : sources) {
			if (lock && !this.changes.lock(source)) {
				throw new UnitNotFoundException(source);
			}
			sourceUnits.add(this.units.find(source, dayBefore)
				.orElseThrow(() -> new RejectedException("sources", "succession.error.sourceNotValid", source,
						format(dayBefore))));
		}
		List<Unit> targetUnits = new ArrayList<>();
		for (Long target : targets) {
			targetUnits.add(this.units.find(target, date)
				.orElseThrow(() -> new RejectedException("targets", "succession.error.targetNotValid", target,
						format(date))));
		}
		List<Unit> closing = new ArrayList<>();
		for (Unit source : sourceUnits) {
			boolean allPartial = links.stream()
				.filter((l) -> l.fromUnit() == source.id())
				.allMatch(RecordSuccession.Link::partial);
			if (!allPartial) {
				closing.add(source);
				if (source.validTo() != null && !source.validTo().equals(date)) {
					throw new RejectedException("sources", "unit.error.laterVersions", source.fullName());
				}
				requireNoChildren(source.id(), date, "sources");
			}
		}
		Unit newUnit = null;
		if (newTarget) {
			RecordSuccession.NewTarget t = form.newTarget();
			Attributes a;
			try {
				a = attributes(t.code(), t.name(), t.fullName(), t.kind(), t.parentId(), date);
				requireCodeFree(a, date, null, -1);
			}
			catch (RejectedException ex) {
				throw new RejectedException("newTarget." + ex.field(), ex.messageKey(), ex.arguments());
			}
			newUnit = new Unit(0, a.code(), a.name(), a.fullName(), a.kind(), a.level(), a.parentId(), date, null);
		}
		SuccessionKind kind = (sources.size() > 1) ? SuccessionKind.MERGE
				: (targetCount > 1) ? SuccessionKind.SPLIT : SuccessionKind.RENAME;
		return new SuccessionPreview(kind, date, List.copyOf(sourceUnits), List.copyOf(targetUnits), newUnit,
				List.copyOf(closing), List.copyOf(links));
	}

	private Unit insertNew(String rawCode, String rawName, String rawFullName, UnitKind kind, Long parentId,
			LocalDate validFrom, String fieldPrefix) {
		if (validFrom == null) {
			throw new RejectedException(fieldPrefix + "validFrom", "unit.error.dateRequired");
		}
		Attributes a;
		try {
			a = attributes(rawCode, rawName, rawFullName, kind, parentId, validFrom);
		}
		catch (RejectedException ex) {
			throw new RejectedException(fieldPrefix + ex.field(), ex.messageKey(), ex.arguments());
		}
		Attributes checked = a;
		try {
			requireCodeFree(checked, validFrom, null, -1);
		}
		catch (RejectedException ex) {
			throw new RejectedException(fieldPrefix + ex.field(), ex.messageKey(), ex.arguments());
		}
		long[] id = new long[1];
		write(() -> {
			id[0] = this.changes.insertUnit();
			this.changes.insertVersion(id[0], validFrom, null, checked.code(), checked.name(), checked.fullName(),
					checked.kind(), checked.level(), checked.parentId());
		});
		return new Unit(id[0], checked.code(), checked.name(), checked.fullName(), checked.kind(), checked.level(),
				checked.parentId(), validFrom, null);
	}

	private Unit closeVersion(long unitId, LocalDate date, String field) {
		if (date == null) {
			throw new RejectedException(field, "unit.error.dateRequired");
		}
		LocalDate dayBefore = date.minusDays(1);
		Unit last = this.units.find(unitId, dayBefore)
			.orElseThrow(() -> new RejectedException(field, "unit.error.notValidOn", format(dayBefore)));
		if (last.validTo() != null) {
			throw new RejectedException(field,
					last.validTo().equals(date) ? "unit.error.alreadyClosed" : "unit.error.laterVersions",
					last.fullName());
		}
		requireNoChildren(unitId, date, field);
		write(() -> this.changes.endVersion(unitId, date));
		return last;
	}

	private void requireNoChildren(long unitId, LocalDate date, String field) {
		List<Unit> children = this.changes.childrenFrom(unitId, date);
		if (!children.isEmpty()) {
			String names = children.stream().map(Unit::fullName).distinct().limit(5).collect(Collectors.joining(", "));
			throw new RejectedException(field, "unit.error.hasChildren", children.size(), names);
		}
	}

	private void requireCodeFree(Attributes a, LocalDate from, LocalDate to, long unitId) {
		if (a.code() == null) {
			return;
		}
		this.changes.codeHolder(a.level(), a.code(), from, to, unitId).ifPresent((holder) -> {
			throw new RejectedException("code", "unit.error.codeTaken", a.code(), holder.fullName());
		});
	}

	private Attributes attributes(String rawCode, String rawName, String rawFullName, UnitKind kind, Long parentId,
			LocalDate date) {
		String code = VietnameseText.clean(rawCode);
		code = (code == null || code.isEmpty()) ? null : code;
		String name = VietnameseText.clean(rawName);
		if (name == null || name.isEmpty()) {
			throw new RejectedException("name", "unit.error.nameRequired");
		}
		String fullName = VietnameseText.clean(rawFullName);
		fullName = (fullName == null || fullName.isEmpty()) ? name : fullName;
		if (TextLimits.problem(name, TextLimits.NAME) != null) {
			throw new RejectedException("name", "unit.error.nameTooLong", TextLimits.NAME);
		}
		if (TextLimits.problem(fullName, TextLimits.NAME) != null) {
			throw new RejectedException("fullName", "unit.error.nameTooLong", TextLimits.NAME);
		}
		if (TextLimits.problem(code, TextLimits.CODE) != null) {
			throw new RejectedException("code", "unit.error.nameTooLong", TextLimits.CODE);
		}
		if (kind == null) {
			throw new RejectedException("kind", "unit.error.kindRequired");
		}
		if (code == null && kind.administrative()) {
			throw new RejectedException("code", "unit.error.codeRequired");
		}
		UnitLevel parentLevel = null;
		if (kind == UnitKind.CENTRE) {
			if (parentId != null) {
				throw new RejectedException("parentId", "unit.error.centreHasNoParent");
			}
		}
		else {
			if (parentId == null) {
				throw new RejectedException("parentId", "unit.error.parentRequired");
			}
			Unit parent = this.units.find(parentId, date)
				.orElseThrow(
						() -> new RejectedException("parentId", "unit.error.parentNotFound", parentId, format(date)));
			parentLevel = parent.level();
			if (kind.administrative() && parent.level().ordinal() >= kind.levelUnder(null).ordinal()) {
				throw new RejectedException("kind", "unit.error.levelUnderParent");
			}
		}
		UnitLevel level = kind.levelUnder(parentLevel);
		return new Attributes(code, name, fullName, kind, level, parentId);
	}

	private static void write(Runnable writes) {
		try {
			writes.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedException("code", "unit.error.conflict");
		}
	}

	static Map<String, Object> attributes(Unit unit) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", unit.code());
		map.put("name", unit.name());
		map.put("fullName", unit.fullName());
		map.put("kind", unit.kind().name());
		map.put("level", unit.level().name());
		map.put("parentId", unit.parentId());
		map.put("validFrom", unit.validFrom());
		map.put("validTo", unit.validTo());
		return map;
	}

	private static String token(List<Unit> versions) {
		String text = versions.stream()
			.map((v) -> String.join("|", String.valueOf(v.validFrom()), String.valueOf(v.validTo()),
					String.valueOf(v.code()), v.name(), v.fullName(), v.kind().name(), v.level().name(),
					String.valueOf(v.parentId())))
			.collect(Collectors.joining("\n"));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String format(LocalDate date) {
		return VietnamTime.DATE.format(date);
	}

	private record Attributes(String code, String name, String fullName, UnitKind kind, UnitLevel level,
			Long parentId) {
	}

}

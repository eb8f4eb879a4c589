package vn.danvan.units.tree;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Succession;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitNotFoundException;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The one unit picker of every form (fragment {@code fragments/unit-picker}): the units
 * whose name contains what was typed (without diacritics, "an phu" finds "Xã An Phú"), in
 * the tree of a date, within the user's scope, each named with its kind and what it lies
 * in; with {@code former}, also the units that no longer exist, with what they became
 * ("Tỉnh Kon Tum — đã sáp nhập vào Tỉnh Quảng Ngãi từ 01/07/2025"). Templates call
 * {@link #chosen} (bean {@code unitPicker}) to name the units a field already holds.
 */
@Component("unitPicker")
public class UnitPicker {

	static final int LIMIT = 20;

	static final int FORMER_LIMIT = 5;

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	private final Units units;

	private final UnitScope scope;

	private final MessageSource messages;

	UnitPicker(Units units, UnitScope scope, MessageSource messages) {
		this.units = units;
		this.scope = scope;
		this.messages = messages;
	}

	/**
	 * A unit offered or chosen.
	 *
	 * @param name its full name, with its kind ("Xã An Phú")
	 * @param context what it lies in on the date, or, for a unit that no longer exists,
	 * what it became
	 * @param former true when it does not exist on the date
	 */
	public record Choice(long id, String name, String context, boolean former) {

		/** The name with its context, as one line. */
		public String label() {
			return (this.context == null || this.context.isEmpty()) ? this.name : this.name + " — " + this.context;
		}

	}

	/**
	 * The units to offer for the text typed: by id when it is a number, then by name.
	 */
	List<Choice> search(ScopedUser user, String text, LocalDate date, UnitLevel level, boolean former, Locale locale) {
		String query = (text != null) ? text.trim() : "";
		Long root = this.scope.scopeRoot(user);
		if (query.isEmpty() || (root == null && !user.administrator())) {
			return List.of();
		}
		List<Choice> choices = new ArrayList<>();
		Set<Long> seen = new LinkedHashSet<>();
		if (ID.matcher(query).matches()) {
			long id = Long.parseLong(query);
			this.units.find(id, date)
				.filter((u) -> level == null || u.level() == level)
				.filter((u) -> this.scope.canSeeOn(user, u.id(), date))
				.ifPresent((u) -> {
					choices.add(current(u, date));
					seen.add(u.id());
				});
		}
		for (Unit unit : this.units.search(query, date, root, level, LIMIT)) {
			if (seen.add(unit.id())) {
				choices.add(current(unit, date));
			}
		}
		if (former) {
			for (Unit unit : formerUnits(user, query, date, FORMER_LIMIT)) {
				if ((level == null || unit.level() == level) && seen.add(unit.id())) {
					choices.add(new Choice(unit.id(), unit.fullName(), becameText(unit.id(), locale), true));
				}
			}
		}
		return choices;
	}

	/**
	 * Units that no longer exist on the date whose name contained the text, that the user
	 * may see (what they became lies within the scope).
	 */
	List<Unit> formerUnits(ScopedUser user, String text, LocalDate date, int limit) {
		if (this.scope.scopeRoot(user) == null && !user.administrator()) {
			return List.of();
		}
		return this.units.searchFormer(text, date, limit * 4)
			.stream()
			.filter((u) -> this.scope.canSeeHistorical(user, u.id()))
			.limit(limit)
			.toList();
	}

	/**
	 * What a unit that no longer exists became, as a phrase ("đã sáp nhập vào Tỉnh Quảng
	 * Ngãi từ 01/07/2025"), or when it ended if it became nothing.
	 */
	String becameText(long unitId, Locale locale) {
		List<Succession> became = this.units.history(unitId).became();
		if (became.isEmpty()) {
			List<Unit> versions = this.units.history(unitId).versions();
			LocalDate end = versions.get(versions.size() - 1).validTo();
			return this.messages.getMessage("units.former.closed",
					new Object[] { (end != null) ? VietnamTime.formatDate(end) : "" }, locale);
		}
		Succession first = became.get(0);
		List<String> names = new ArrayList<>();
		for (Succession s : became) {
			if (s.onDate().equals(first.onDate()) && !names.contains(s.toName())) {
				names.add(s.toName());
			}
		}
		return this.messages.getMessage("units.former." + first.kind().name(),
				new Object[] { String.join(", ", names), VietnamTime.formatDate(first.onDate()) }, locale);
	}

	/**
	 * The units a field holds (one id, or ids separated by commas), named as on the date
	 * (as they last were when they no longer exist then), for the signed-in user; an id
	 * the user may not see, or that names no unit, is shown as typed.
	 */
	public List<Choice> chosen(Object value, Object asOf) {
		List<Long> ids = ids(value);
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate date = date(asOf);
		ScopedUser user = currentUser();
		Locale locale = LocaleContextHolder.getLocale();
		List<Choice> choices = new ArrayList<>();
		for (Long id : ids) {
			choices.add(chosen(user, id, date, locale));
		}
		return choices;
	}

	private Choice chosen(ScopedUser user, long id, LocalDate date, Locale locale) {
		Choice unknown = new Choice(id, "#" + id, "", false);
		if (user == null || !this.scope.canSeeOn(user, id, date)) {
			return unknown;
		}
		Unit unit = this.units.find(id, date).orElse(null);
		if (unit != null) {
			return current(unit, date);
		}
		try {
			List<Unit> versions = this.units.history(id).versions();
			return new Choice(id, versions.get(versions.size() - 1).fullName(), becameText(id, locale), true);
		}
		catch (UnitNotFoundException ex) {
			return unknown;
		}
	}

	private Choice current(Unit unit, LocalDate date) {
		String parent = (unit.parentId() != null)
				? this.units.find(unit.parentId(), date).map(Unit::fullName).orElse("") : "";
		return new Choice(unit.id(), unit.fullName(), parent, false);
	}

	static List<Long> ids(Object value) {
		Set<Long> ids = new LinkedHashSet<>();
		if (value instanceof Number number) {
			ids.add(number.longValue());
		}
		else if (value instanceof Collection<?> values) {
			values.forEach((v) -> ids.addAll(ids(v)));
		}
		else if (value != null) {
			Matcher id = ID.matcher(value.toString());
			while (id.find()) {
				ids.add(Long.parseLong(id.group()));
			}
		}
		return new ArrayList<>(ids);
	}

	private static LocalDate date(Object asOf) {
		if (asOf instanceof LocalDate date) {
			return date;
		}
		if (asOf != null && !asOf.toString().isBlank()) {
			try {
				return VietnamTime.parseDate(asOf.toString());
			}
			catch (DateTimeParseException ex) {
				return UnitScope.today();
			}
		}
		return UnitScope.today();
	}

	private static ScopedUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof ScopedUser user) ? user : null;
	}

}

package vn.danvan.practices.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.danvan.practices.Practice;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.UnitScope;

/**
 * The checks of what an officer types, before {@link PracticeRegistry} keeps it: a
 * practice's form (required texts and lengths, known and active option codes, dates
 * neither in the future nor before registration, amounts neither negative nor absurd),
 * the dates and notes of the assessment's steps, and the refusal of a probable duplicate.
 * Each refusal names its field.
 */
@Component
class PracticeFormChecks {

	private final PracticeRepository practices;

	PracticeFormChecks(PracticeRepository practices) {
		this.practices = practices;
	}

	/**
	 * The form as it is kept: texts cleaned, codes known and active, dates and amounts
	 * possible.
	 * @throws PracticeRejectedException naming the field
	 */
	PracticeForm validate(PracticeForm form) {
		String name = required(form.name(), "name", "practices.error.nameRequired");
		if (name.length() > 300) {
			throw new PracticeRejectedException("name", "practices.error.tooLong", 300);
		}
		if (form.kind() == null) {
			throw new PracticeRejectedException("kind", "practices.error.kindRequired");
		}
		if (form.subject() == null) {
			throw new PracticeRejectedException("subject", "practices.error.subjectRequired");
		}
		List<String> fields = codes(form.fields(), PracticeOption.FIELD, "fields");
		if (fields.isEmpty()) {
			throw new PracticeRejectedException("fields", "practices.error.fieldRequired");
		}
		List<String> groups = codes(form.targetGroups(), PracticeOption.TARGET_GROUP, "targetGroups");
		String theme = (form.theme() == null || form.theme().isBlank()) ? null : form.theme().strip();
		if (theme != null && codes(List.of(theme), PracticeOption.THEME, "theme").isEmpty()) {
			throw new PracticeRejectedException("theme", "practices.error.optionUnknown", theme);
		}
		LocalDate today = UnitScope.today();
		if (form.registeredOn() == null) {
			throw new PracticeRejectedException("registeredOn", "practices.error.dateRequired");
		}
		if (form.registeredOn().isAfter(today)) {
			throw new PracticeRejectedException("registeredOn", "practices.error.dateInFuture",
					VietnamTime.DATE.format(form.registeredOn()));
		}
		if (form.registeredOn().getYear() < 2000) {
			throw new PracticeRejectedException("registeredOn", "practices.error.dateTooEarly");
		}
		if (form.startedOn() != null) {
			if (form.startedOn().isAfter(today)) {
				throw new PracticeRejectedException("startedOn", "practices.error.dateInFuture",
						VietnamTime.DATE.format(form.startedOn()));
			}
			if (form.startedOn().isBefore(form.registeredOn())) {
				throw new PracticeRejectedException("startedOn", "practices.error.startBeforeRegistration");
			}
		}
		nonNegative(form.moneyMobilised(), "moneyMobilised");
		nonNegative(form.roadKm(), "roadKm");
		nonNegative((form.workDays() != null) ? BigDecimal.valueOf(form.workDays()) : null, "workDays");
		nonNegative((form.householdsHelped() != null) ? BigDecimal.valueOf(form.householdsHelped()) : null,
				"householdsHelped");
		if (form.moneyMobilised() != null && form.moneyMobilised().compareTo(new BigDecimal("1e15")) >= 0) {
			throw new PracticeRejectedException("moneyMobilised", "practices.error.tooLarge");
		}
		if (form.roadKm() != null && form.roadKm().compareTo(new BigDecimal("1e9")) >= 0) {
			throw new PracticeRejectedException("roadKm", "practices.error.tooLarge");
		}
		return new PracticeForm(name, form.kind(), form.subject(), form.ownerUnitId(), fields, groups, theme,
				form.registeredOn(), form.startedOn(),
				limited(form.description(), "description", PracticeRegistry.TEXT_LIMIT),
				limited(form.methods(), "methods", PracticeRegistry.TEXT_LIMIT),
				limited(form.results(), "results", PracticeRegistry.TEXT_LIMIT), form.moneyMobilised(), form.workDays(),
				form.householdsHelped(), form.roadKm(), form.duplicateConfirmed(), form.version());
	}

	private List<String> codes(List<String> given, String list, String field) {
		Set<String> known = new LinkedHashSet<>();
		this.practices.options(list).stream().filter(PracticeOption::active).forEach((o) -> known.add(o.code()));
		Set<String> clean = new LinkedHashSet<>();
		for (String code : given) {
			if (code == null || code.isBlank()) {
				continue;
			}
			if (!known.contains(code.strip())) {
				throw new PracticeRejectedException(field, "practices.error.optionUnknown", code.strip());
			}
			clean.add(code.strip());
		}
		return List.copyOf(clean);
	}

	static void nonNegative(BigDecimal value, String field) {
		if (value != null && value.signum() < 0) {
			throw new PracticeRejectedException(field, "practices.error.negative");
		}
	}

	static LocalDate date(LocalDate given, LocalDate notBefore, String field) {
		LocalDate today = UnitScope.today();
		LocalDate on = (given != null) ? given : today;
		if (on.isAfter(today)) {
			throw new PracticeRejectedException(field, "practices.error.dateInFuture", VietnamTime.DATE.format(on));
		}
		if (on.isBefore(notBefore)) {
			throw new PracticeRejectedException(field, "practices.error.dateTooEarlyFor",
					VietnamTime.DATE.format(notBefore));
		}
		return on;
	}

	static String required(String text, String field, String key) {
		String clean = VietnameseText.clean(text);
		if (clean == null || clean.isEmpty()) {
			throw new PracticeRejectedException(field, key);
		}
		return clean;
	}

	static String limited(String text, String field, int limit) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.length() > limit) {
			throw new PracticeRejectedException(field, "practices.error.tooLong", limit);
		}
		return clean;
	}

	static PracticeRejectedException duplicate(PracticeForm form, List<Practice> same) {
		return new PracticeRejectedException(true, "name", "practices.error.duplicate", form.name(),
				String.valueOf(form.registeredOn().getYear()), same.size());
	}

}

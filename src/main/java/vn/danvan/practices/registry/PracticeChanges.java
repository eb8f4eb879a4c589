package vn.danvan.practices.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.danvan.practices.Practice;

/**
 * A practice as named attributes (what its events and the audit carry), and what differs
 * between two of them: the fields a change touched, and, for a save from an older
 * version, what the stored practice holds where it differs from the save.
 */
final class PracticeChanges {

	private PracticeChanges() {
	}

	static List<PracticeConflictException.Difference> differences(Practice stored, PracticeForm yours) {
		Map<String, Object> was = attributes(stored);
		Map<String, Object> mine = attributes(yours);
		List<PracticeConflictException.Difference> differences = new ArrayList<>();
		mine.forEach((key, value) -> {
			Object current = was.get(key);
			if (!Objects.equals(String.valueOf(current), String.valueOf(value))) {
				differences.add(new PracticeConflictException.Difference(key, shown(current), shown(value)));
			}
		});
		return differences;
	}

	static String shown(Object value) {
		return (value == null) ? "" : String.valueOf(value);
	}

	static List<String> changedNames(Map<String, Object> was, Map<String, Object> now) {
		List<String> names = new ArrayList<>();
		now.forEach((key, value) -> {
			if (!Objects.equals(was.get(key), value)) {
				names.add(key);
			}
		});
		return names;
	}

	static Map<String, Object> attributes(Practice p) {
		return attributes(p.name(), p.kind().name(), p.subject().name(), p.fields(), p.targetGroups(), p.theme(),
				p.registeredOn(), p.startedOn(), p.description(), p.methods(), p.results(), p.moneyMobilised(),
				p.workDays(), p.householdsHelped(), p.roadKm());
	}

	static Map<String, Object> attributes(PracticeForm f) {
		return attributes(f.name(), f.kind().name(), f.subject().name(), f.fields(), f.targetGroups(), f.theme(),
				f.registeredOn(), f.startedOn(), f.description(), f.methods(), f.results(), f.moneyMobilised(),
				f.workDays(), f.householdsHelped(), f.roadKm());
	}

	static Map<String, Object> attributes(String name, String kind, String subject, List<String> fields,
			List<String> groups, String theme, LocalDate registeredOn, LocalDate startedOn, String description,
			String methods, String results, BigDecimal money, Integer workDays, Integer households, BigDecimal roadKm) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("name", name);
		a.put("kind", kind);
		a.put("subject", subject);
		a.put("fields", String.join(", ", fields));
		a.put("targetGroups", String.join(", ", groups));
		a.put("theme", theme);
		a.put("registeredOn", (registeredOn != null) ? registeredOn.toString() : null);
		a.put("startedOn", (startedOn != null) ? startedOn.toString() : null);
		a.put("description", description);
		a.put("methods", methods);
		a.put("results", results);
		a.put("moneyMobilised", (money != null) ? money.stripTrailingZeros().toPlainString() : null);
		a.put("workDays", workDays);
		a.put("householdsHelped", households);
		a.put("roadKm", (roadKm != null) ? roadKm.stripTrailingZeros().toPlainString() : null);
		return a;
	}

}

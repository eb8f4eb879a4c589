package vn.danvan.practices.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.danvan.practices.Practice;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Unit names for the lists, read in one query (today's name, or the last one of a unit
 * that no longer exists).
 */
@Component
class UnitNames {

	private final Units units;

	UnitNames(Units units) {
		this.units = units;
	}

	Map<Long, String> of(Collection<Practice> practices) {
		Set<Long> ids = new LinkedHashSet<>();
		practices.forEach((p) -> ids.add(p.ownerUnitId()));
		return ofIds(ids);
	}

	Map<Long, String> ofIds(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		for (Unit unit : this.units.findAll(ids, UnitScope.today())) {
			names.put(unit.id(), unit.fullName());
		}
		for (Long id : ids) {
			if (!names.containsKey(id)) {
				List<Unit> versions = this.units.history(id).versions();
				names.put(id, versions.isEmpty() ? ("#" + id) : versions.get(versions.size() - 1).fullName());
			}
		}
		return names;
	}

}

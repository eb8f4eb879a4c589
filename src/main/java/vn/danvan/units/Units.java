package vn.danvan.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree as of any date: look units up, walk the tree, search by name
 * without diacritics, read a unit's history and find what a historical unit became.
 */
@Service
@Transactional(readOnly = true)
public class Units {

	private final UnitRepository units;

	private final SubtreeCache subtrees;

	Units(UnitRepository units, SubtreeCache subtrees) {
		this.units = units;
		this.subtrees = subtrees;
	}

	public Optional<Unit> find(long unitId, LocalDate date) {
		return this.units.find(unitId, date);
	}

	public Unit get(long unitId, LocalDate date) {
		return find(unitId, date).orElseThrow(() -> new UnitNotFoundException(unitId));
	}

	/**
	 * The units among the ids that exist on the date, in Vietnamese order of their names.
	 */
	public List<Unit> findAll(java.util.Collection<Long> unitIds, LocalDate date) {
		return this.units.findAll(unitIds, date);
	}

	/**
	 * The top of the tree on the date (the centre).
	 */
	public List<Unit> roots(LocalDate date) {
		return this.units.roots(date);
	}

	public List<Unit> children(long parentId, LocalDate date) {
		return this.units.children(parentId, date);
	}

	/**
	 * All units below the unit on the date, optionally only those of one level.
	 */
	public List<Unit> descendants(long unitId, LocalDate date, UnitLevel level) {
		return this.units.descendants(unitId, date, level);
	}

	/**
	 * The ids of the unit and every unit below it on the date (the unit first), for
	 * counting a registry's records of a subtree; kept a few seconds, never across a
	 * change of the tree.
	 */
	public List<Long> subtreeIds(long unitId, LocalDate date) {
		return this.subtrees.get(unitId, date, () -> this.units.subtreeIds(unitId, date));
	}

	/**
	 * The unit's ancestors on the date, nearest first.
	 */
	public List<Unit> ancestors(long unitId, LocalDate date) {
		return this.units.ancestors(unitId, date);
	}

	/**
	 * True when the unit is the scope unit or lies below it on the date.
	 */
	public boolean isWithin(long unitId, long scopeUnitId, LocalDate date) {
		return this.units.isWithin(unitId, scopeUnitId, date);
	}

	/**
	 * Units whose name contains the text, ignoring diacritics and case ("dak lak" finds
	 * "Đắk Lắk"), in Vietnamese order, within the scope unit's subtree when one is given.
	 */
	public List<Unit> search(String text, LocalDate date, Long scopeUnitId, UnitLevel level, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.units.search(text, date, scopeUnitId, level, Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * Units that no longer exist on the date (nor later) whose name contained the text,
	 * as they were on their last day, in Vietnamese order: what a search of the date's
	 * tree does not find after a merge. What each became is in its {@link #history}.
	 */
	public List<Unit> searchFormer(String text, LocalDate date, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.units.searchFormer(text, date, Math.max(1, Math.min(limit, 100)));
	}

	public UnitHistory history(long unitId) {
		List<Unit> versions = this.units.versions(unitId);
		if (versions.isEmpty()) {
			throw new UnitNotFoundException(unitId);
		}
		return new UnitHistory(versions, this.units.successionsInto(unitId), this.units.successionsFrom(unitId));
	}

	/**
	 * The units of the tree on {@code today} that the unit became (itself, if it still
	 * exists).
	 */
	public List<CurrentUnit> currentUnits(long unitId, LocalDate today) {
		return this.units.currentUnits(unitId, today);
	}

	public Optional<Unit> findByCode(UnitLevel level, String code, LocalDate date) {
		return this.units.findByCode(level, code, date);
	}

}

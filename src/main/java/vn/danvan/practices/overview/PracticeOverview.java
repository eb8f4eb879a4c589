package vn.danvan.practices.overview;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The registry seen from a unit, unit by unit below it: at the centre one row per
 * province, in a province one per commune ("Theo đơn vị trực thuộc"). Each row counts the
 * models and exemplary persons owned in that unit's subtree (today's tree), by where they
 * stand; the unit's own practices get a row of their own, and the total is the sum of the
 * rows.
 */
@Service
@Transactional(readOnly = true)
public class PracticeOverview {

	private final Units units;

	private final UnitScope scope;

	private final JdbcClient jdbc;

	PracticeOverview(Units units, UnitScope scope, JdbcClient jdbc) {
		this.units = units;
		this.scope = scope;
		this.jdbc = jdbc;
	}

	/**
	 * @param unitId the unit seen (null: the user's own unit, or the root of the tree for
	 * a system administrator)
	 * @param year only the practices registered that year (null: every year)
	 * @throws NotFoundException when the unit is unknown or outside the user's scope
	 */
	public Overview of(ScopedUser user, Long unitId, Integer year) {
		LocalDate today = UnitScope.today();
		Long id = (unitId != null) ? unitId : this.scope.scopeRoot(user);
		if (id == null) {
			if (!user.administrator()) {
				throw new NotFoundException("practices.overview.error.unitNotFound", "—");
			}
			id = this.units.roots(today).stream().map(Unit::id).findFirst().orElseThrow();
		}
		long seen = id;
		Unit unit = this.units.find(seen, today)
			.filter((u) -> this.scope.canSee(user, u.id()))
			.orElseThrow(() -> new NotFoundException("practices.overview.error.unitNotFound", seen));
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		List<Unit> children = new ArrayList<>(this.units.children(unit.id(), today));
		// Communes and wards (or provinces) first, in Vietnamese order of their names;
		// then the
		// organisations of the unit.
		children.sort((a, b) -> (a.kind().administrative() != b.kind().administrative())
				? (a.kind().administrative() ? -1 : 1) : collator.compare(a.name(), b.name()));
		Map<Long, Integer> rowOf = new HashMap<>();
		rowOf.put(unit.id(), 0);
		for (int i = 0; i < children.size(); i++) {
			for (long below : this.units.subtreeIds(children.get(i).id(), today)) {
				rowOf.put(below, i + 1);
			}
		}
		long[][] counts = new long[children.size() + 1][Counts.COLUMNS];
		this.jdbc.sql("""
				select p.owner_unit_id, count(*),
				       count(*) filter (where p.status = 'IN_PROGRESS'),
				       count(*) filter (where p.effective),
				       count(*) filter (where p.level = 'COMMUNE'),
				       count(*) filter (where p.level = 'PROVINCE'),
				       count(*) filter (where p.level = 'CENTRAL'),
				       count(*) filter (where p.exemplary),
				       count(*) filter (where p.status = 'REPLICATED'),
				       count(*) filter (where p.status = 'ENDED')
				  from practices.practice p
				 where p.owner_unit_id = any(cast(:units as bigint[]))
				   and (cast(:year as integer) is null or p.registered_year = cast(:year as integer))
				 group by p.owner_unit_id
				""").param("units", rowOf.keySet().toArray(Long[]::new)).param("year", year).query((rs, n) -> {
			long[] row = counts[rowOf.get(rs.getLong(1))];
			for (int c = 0; c < Counts.COLUMNS; c++) {
				row[c] += rs.getLong(c + 2);
			}
			return null;
		}).list();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < children.size(); i++) {
			rows.add(new Row(children.get(i), false, new Counts(counts[i + 1])));
		}
		long[] total = new long[Counts.COLUMNS];
		for (long[] row : counts) {
			for (int c = 0; c < Counts.COLUMNS; c++) {
				total[c] += row[c];
			}
		}
		return new Overview(unit, year, new Row(unit, true, new Counts(counts[0])), rows, new Counts(total));
	}

	/**
	 * @param own the unit's own practices (not of a unit below)
	 */
	public record Overview(Unit unit, Integer year, Row own, List<Row> rows, Counts total) {

		/**
		 * The rows shown: the unit's own practices first when it has some, then the units
		 * below.
		 */
		public List<Row> shown() {
			List<Row> shown = new ArrayList<>();
			if (this.own.counts().registered() > 0) {
				shown.add(this.own);
			}
			shown.addAll(this.rows);
			return shown;
		}

	}

	/**
	 * @param own true for the row of the unit's own practices
	 */
	public record Row(Unit unit, boolean own, Counts counts) {
	}

	/**
	 * Practices registered, under way, evaluated effective (last evaluation), recognised
	 * at each level, exemplary ("tiêu biểu"), replicated and ended.
	 */
	public record Counts(long registered, long inProgress, long effective, long communeLevel, long provinceLevel,
			long centralLevel, long exemplary, long replicated, long ended) {

		static final int COLUMNS = 9;

		Counts(long[] c) {
			this(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
		}

		public long recognised() {
			return this.communeLevel + this.provinceLevel + this.centralLevel;
		}

	}

}

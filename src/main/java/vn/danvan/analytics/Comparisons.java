package vn.danvan.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.danvan.analytics.AggregateRepository.Sum;

/**
 * The like-for-like comparisons of a dashboard (its period with the previous one and with
 * the same period a year before, {@link Matching}), kept while neither period changes.
 * <p>
 * A comparison at the centre reads the expected reports of both periods and the figures
 * of the reports one side leaves out (some hundreds of reports, a quarter of a million
 * values at a tenth of the national scale): the most expensive read of a dashboard. What
 * it computes changes only when a report of either period is added up or taken out (the
 * fold), when a period is rebuilt, or when the tree changes; each of those moves the
 * period's stamp ({@code analytics.period_state.changes} and {@code built_at}, in the
 * same transaction). A comparison is kept under the stamps of both periods read before it
 * was computed and served again only while both are unchanged, so it is never older than
 * what the database has added up. The missing comparisons of one dashboard are computed
 * together: one list of expected reports, one read of the reports' figures for every
 * side.
 */
@Component
class Comparisons {

	/**
	 * Comparisons kept (the least recently used go first): a centre's holds some
	 * thousands of unit ids and a few hundred sums.
	 */
	static final int CAPACITY = 256;

	private final ComparisonRepository repository;

	private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > CAPACITY;
		}

	};

	Comparisons(ComparisonRepository repository) {
		this.repository = repository;
	}

	/**
	 * The comparisons of a period with each of the other periods (an element of
	 * {@code otherIds} may be null: no such period, no comparison).
	 * @param all the sums of the period and of the other periods below the unit, as the
	 * dashboard read them
	 * @param ids the periods read (the period first)
	 */
	List<Compared> of(List<Sum> all, List<Long> ids, long periodId, List<Long> otherIds, View view, Inclusion inclusion,
			long unitId) {
		Map<Long, String> stamps = this.repository.stamps(ids);
		List<Compared> result = new ArrayList<>();
		List<Integer> missing = new ArrayList<>();
		for (Long otherId : otherIds) {
			Compared found = null;
			if (otherId != null && otherId != periodId) {
				found = get(new Key(unitId, periodId, otherId, view, inclusion), stamp(stamps, periodId, otherId));
				if (found == null) {
					missing.add(result.size());
				}
			}
			result.add(found);
		}
		if (!missing.isEmpty()) {
			List<ComparisonRepository.Reporter> reporters = this.repository.reporters(ids, view, inclusion, unitId);
			List<Long> others = missing.stream().map(otherIds::get).toList();
			List<Compared> computed = compute(all, reporters, periodId, others, inclusion, unitId);
			for (int i = 0; i < missing.size(); i++) {
				Compared compared = computed.get(i);
				result.set(missing.get(i), compared);
				String stamp = stamp(stamps, periodId, others.get(i));
				if (stamp != null) {
					put(new Key(unitId, periodId, others.get(i), view, inclusion), new Kept(stamp, compared));
				}
			}
		}
		return result;
	}

	/**
	 * Minimum or maximum of an indicator over the reports one side of a comparison
	 * counts.
	 */
	List<Sum> extremesOfReports(long periodId, Inclusion inclusion, long unitId, long indicatorId, boolean minimum,
			Collection<Long> reportingUnitIds) {
		return this.repository.extremesOfReports(periodId, inclusion, unitId, indicatorId, minimum, reportingUnitIds);
	}

	/**
	 * Forgets every comparison kept (a test's or a rebuild's clean slate; the stamps make
	 * it unnecessary for correctness).
	 */
	void forget() {
		synchronized (this.kept) {
			this.kept.clear();
		}
	}

	private Compared get(Key key, String stamp) {
		if (stamp == null) {
			return null;
		}
		synchronized (this.kept) {
			Kept found = this.kept.get(key);
			return (found != null && found.stamp().equals(stamp)) ? found.compared() : null;
		}
	}

	private void put(Key key, Kept value) {
		synchronized (this.kept) {
			this.kept.put(key, value);
		}
	}

	private static String stamp(Map<Long, String> stamps, long periodId, long otherId) {
		String now = stamps.get(periodId);
		String before = stamps.get(otherId);
		return (now == null || before == null) ? null : now + "|" + before;
	}

	private List<Compared> compute(List<Sum> all, List<ComparisonRepository.Reporter> reporters, long periodId,
			List<Long> otherIds, Inclusion inclusion, long unitId) {
		List<Sum> nowTotals = all.stream().filter((s) -> s.periodId() == periodId).toList();
		List<Matching> matchings = new ArrayList<>();
		List<Side> sides = new ArrayList<>();
		for (long otherId : otherIds) {
			Matching matching = Matching.of(reporters, periodId, otherId);
			matchings.add(matching);
			List<Sum> beforeTotals = all.stream().filter((s) -> s.periodId() == otherId).toList();
			sides.add(Side.of(periodId, nowTotals, matching.now(), matching.nowLeftOut()));
			sides.add(Side.of(otherId, beforeTotals, matching.before(), matching.beforeLeftOut()));
		}
		List<ComparisonRepository.Reports> reads = new ArrayList<>();
		for (int i = 0; i < sides.size(); i++) {
			Side side = sides.get(i);
			if (side.read() != null) {
				reads.add(new ComparisonRepository.Reports(i, side.periodId(), side.read()));
			}
		}
		Map<Integer, List<Sum>> read = this.repository.sumsOfReports(reads, inclusion, unitId);
		List<Compared> result = new ArrayList<>();
		for (int i = 0; i < otherIds.size(); i++) {
			Matching matching = matchings.get(i);
			List<Sum> now = sides.get(2 * i).sums(read.getOrDefault(2 * i, List.of()));
			List<Sum> before = sides.get(2 * i + 1).sums(read.getOrDefault(2 * i + 1, List.of()));
			result.add(new Compared(periodId, otherIds.get(i), matching, now, before,
					SomeReports.of(matching.now(), matching.nowLeftOut()),
					SomeReports.of(matching.before(), matching.beforeLeftOut())));
		}
		return result;
	}

	/**
	 * One side of a comparison: what must be read, and how it makes the side's figures
	 * (the period's totals when nothing is left out; else the totals less the reports
	 * left out, or the reports compared read directly when they are fewer).
	 */
	private record Side(long periodId, List<Sum> totals, Collection<Long> read, boolean subtract, boolean none) {

		static Side of(long periodId, List<Sum> totals, Set<Long> in, Set<Long> out) {
			if (in.isEmpty()) {
				return new Side(periodId, totals, null, false, true);
			}
			if (out.isEmpty()) {
				return new Side(periodId, totals, null, false, false);
			}
			if (in.size() < out.size()) {
				return new Side(periodId, totals, in, false, false);
			}
			return new Side(periodId, totals, out, true, false);
		}

		List<Sum> sums(List<Sum> read) {
			if (this.none) {
				return List.of();
			}
			if (this.read == null) {
				return this.totals;
			}
			if (!this.subtract) {
				return read;
			}
			Map<String, Sum> left = new HashMap<>();
			for (Sum sum : read) {
				left.put(sum.indicatorId() + "/" + sum.item(), sum);
			}
			return this.totals.stream().map((sum) -> {
				Sum less = left.get(sum.indicatorId() + "/" + sum.item());
				return (less == null) ? sum : new Sum(sum.periodId(), sum.unitId(), sum.indicatorId(), sum.item(),
						sum.total().subtract(less.total()), sum.reported() - less.reported(), sum.approximate());
			}).filter((sum) -> sum.reported() > 0).toList();
		}

	}

	record Key(long unitId, long periodId, long otherId, View view, Inclusion inclusion) {
	}

	private record Kept(String stamp, Compared compared) {
	}

	/**
	 * Both sides of a like-for-like comparison with another period: the units in common
	 * and the sums over them in each period.
	 */
	record Compared(long periodId, long otherId, Matching matching, List<Sum> now, List<Sum> before,
			SomeReports nowExtremes, SomeReports beforeExtremes) {
	}

	/**
	 * The reports one side of a comparison reads a minimum or maximum from, and what was
	 * read, by indicator (once for all its items; shared by the dashboards that use the
	 * kept comparison). Null when that side counts every report below the unit (nothing
	 * left out): the period's own minimum or maximum then.
	 */
	record SomeReports(Set<Long> units, Map<Long, List<Sum>> read) {

		static SomeReports of(Set<Long> in, Set<Long> out) {
			return out.isEmpty() ? null : new SomeReports(in, new ConcurrentHashMap<>());
		}

	}

}

package vn.danvan.analytics;

import java.util.Collection;

/**
 * Told when a rebuild has passed over the values and is about to read the reports' states
 * and versions (ADR 20). Production defines no such bean, so {@link Rollup} does nothing
 * there; a test defines one to commit a change at that moment and show that both reads
 * see the same snapshot.
 */
@FunctionalInterface
interface RebuildObserver {

	RebuildObserver NONE = (periodIds) -> {
	};

	/**
	 * @param periodIds the periods being rebuilt (other rebuilds, a period prepared in
	 * the background, may run at the same time)
	 */
	void betweenReads(Collection<Long> periodIds);

}

package vn.danvan.analytics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.danvan.units.SuccessionRecorded;
import vn.danvan.units.UnitChanged;
import vn.danvan.units.UnitClosed;
import vn.danvan.units.UnitCreated;
import vn.danvan.units.UnitsImported;

/**
 * When the tree changes, the maps of where figures add up are dropped (they are built
 * again when next needed), or extended for a unit just created. This happens in the
 * transaction that changes the tree, just before it commits, so that no sum is ever
 * prepared from a map older than the tree it reads (an asynchronous listener left a
 * window where a period prepared right after a unit was created missed that unit for
 * good). A change to existing units may leave kept sums following the old tree: they are
 * marked stale until an administrator rebuilds them.
 */
@Component
class TreeChanges {

	private final RollupRepository maps;

	private final JdbcClient jdbc;

	TreeChanges(RollupRepository maps, JdbcClient jdbc) {
		this.maps = maps;
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UnitCreated event) {
		this.maps.addUnit(event.unitId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UnitChanged event) {
		treeReshaped();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UnitClosed event) {
		treeReshaped();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SuccessionRecorded event) {
		treeReshaped();
	}

	private void treeReshaped() {
		this.maps.dropAll();
		markStale("analytics.stale.unitChanged");
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UnitsImported event) {
		this.maps.dropAll();
		if (event.successionsCreated() > 0) {
			markStale("analytics.stale.reorganisation");
		}
	}

	private void markStale(String reason) {
		this.jdbc.sql("""
				insert into analytics.staleness (id, since, reason)
				select 1, now(), ? where exists (select 1 from analytics.period_state)
				on conflict (id) do nothing
				""").param(reason).update();
	}

}

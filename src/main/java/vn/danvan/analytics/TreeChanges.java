package vn.danvan.analytics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.units.UnitChanged;
import vn.danvan.units.UnitsImported;

/**
 * When the tree changes, the maps of where figures add up are dropped (they are built
 * again when next needed). A change to existing units may leave kept sums following the
 * old tree: they are marked stale until an administrator rebuilds them.
 */
@Component
class TreeChanges {

	private final RollupRepository maps;

	private final JdbcClient jdbc;

	TreeChanges(RollupRepository maps, JdbcClient jdbc) {
		this.maps = maps;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(UnitChanged event) {
		if ("UNIT_CREATED".equals(event.action())) {
			this.maps.addUnit(event.unitId());
			return;
		}
		this.maps.dropAll();
		markStale("analytics.stale.unitChanged");
	}

	@ApplicationModuleListener
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

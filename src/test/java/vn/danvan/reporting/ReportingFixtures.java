package vn.danvan.reporting;

import org.springframework.stereotype.Component;

import vn.danvan.accounts.Accounts;
import vn.danvan.units.tree.UnitAdministration;

/**
 * Makes a {@link ReportingFixture} (its own small tree, officers, template) for a test of
 * the shared context, so that a test autowires this one bean instead of the four services
 * the fixture is built with. A test bean: found by the application's component scan of
 * {@code vn.danvan} on the test class path, the same for every integration test.
 */
@Component
public class ReportingFixtures {

	private final UnitAdministration units;

	private final Accounts accounts;

	private final Catalogue catalogue;

	private final Periods periods;

	ReportingFixtures(UnitAdministration units, Accounts accounts, Catalogue catalogue, Periods periods) {
		this.units = units;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.periods = periods;
	}

	public ReportingFixture create() {
		return new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
	}

}

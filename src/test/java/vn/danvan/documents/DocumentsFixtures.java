package vn.danvan.documents;

import org.springframework.stereotype.Component;

import vn.danvan.accounts.Accounts;
import vn.danvan.analytics.Analytics;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

/**
 * Makes a {@link DocumentsFixture} for a test of the shared context, so that a test
 * autowires this one bean instead of the six services the fixture is built with (a test
 * bean, found by the application's component scan on the test class path).
 */
@Component
public class DocumentsFixtures {

	private final UnitAdministration units;

	private final Accounts accounts;

	private final Catalogue catalogue;

	private final Periods periods;

	private final Submissions submissions;

	private final Analytics analytics;

	DocumentsFixtures(UnitAdministration units, Accounts accounts, Catalogue catalogue, Periods periods,
			Submissions submissions, Analytics analytics) {
		this.units = units;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.periods = periods;
		this.submissions = submissions;
		this.analytics = analytics;
	}

	public DocumentsFixture create() {
		return new DocumentsFixture(this.units, this.accounts, this.catalogue, this.periods, this.submissions,
				this.analytics);
	}

}

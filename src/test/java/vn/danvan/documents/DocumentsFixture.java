package vn.danvan.documents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.awaitility.Awaitility.await;

/**
 * A {@link ReportingFixture} world with two six-month periods a year apart: last year the
 * first commune reported 1.795 registered models; this year it reports 2.071 (2.000 + 71)
 * and the other commune 5, each with a narrative in section "1. Kết quả"; both submitted
 * and added up by analytics.
 */
public final class DocumentsFixture {

	public static final String NARRATIVE = "Tổ chức 12 hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân; "
			+ "giải quyết dứt điểm 98% kiến nghị, phản ánh.";

	public static final String OTHER_NARRATIVE = "Vận động Nhân dân hiến 3.500 m² đất làm đường giao thông nông thôn.";

	public final ReportingFixture world;

	public final Period lastYear;

	public final Period period;

	public final long resultsSection;

	private final Submissions submissions;

	public DocumentsFixture(UnitAdministration units, Accounts accounts, Catalogue catalogue, Periods periods,
			Submissions submissions, Analytics analytics) {
		this.submissions = submissions;
		this.world = new ReportingFixture(units, accounts, catalogue, periods);
		this.resultsSection = this.world.template.sections()
			.stream()
			.filter(Section::narrative)
			.findFirst()
			.orElseThrow()
			.id();
		this.lastYear = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2035", LocalDate.of(2035, 1, 1),
				LocalDate.of(2035, 6, 30), LocalDate.of(2035, 7, 10));
		submit(this.lastYear, this.world.communeOfficer, this.world.commune,
				Map.of(code("REG") + ".A", "1.795", code("MEM"), "20", code("ELIG"), "100"), "Kết quả năm trước.");
		this.period = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2036", LocalDate.of(2036, 1, 1),
				LocalDate.of(2036, 6, 30), LocalDate.of(2036, 7, 10));
		submit(this.period, this.world.communeOfficer, this.world.commune,
				Map.of(code("REG") + ".A", "2.000", code("REG") + ".B", "66", code("MEM"), "30", code("ELIG"), "120"),
				NARRATIVE);
		submit(this.period, this.world.otherCommuneOfficer, this.world.otherCommune,
				Map.of(code("REG") + ".A", "5", code("MEM"), "10", code("ELIG"), "40"), OTHER_NARRATIVE);
		SignedInUser province = province();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> analytics
				.dashboard(province, this.world.province, this.period.id(), View.AS_WAS, Inclusion.SUBMITTED)
				.coverage()
				.handedIn() == 2
					&& analytics
						.dashboard(province, this.world.province, this.lastYear.id(), View.AS_WAS, Inclusion.SUBMITTED)
						.coverage()
						.handedIn() == 1);
	}

	public String code(String name) {
		return this.world.code(name);
	}

	public SignedInUser province() {
		return this.world.signedIn(this.world.provinceOfficer);
	}

	private void submit(Period period, String officer, long unit, Map<String, String> values, String narrative) {
		SignedInUser user = this.world.signedIn(officer);
		Submission s = this.submissions.find(user, period.id(), unit).orElseThrow();
		s = this.submissions.save(user, s.id(), s.version(), values, Map.of(this.resultsSection, narrative), "FORM");
		this.submissions.submit(user, s.id(), s.version());
	}

}

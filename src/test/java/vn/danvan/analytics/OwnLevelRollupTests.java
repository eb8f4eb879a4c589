package vn.danvan.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.ValueType;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.shared.security.Role;
import vn.danvan.units.UnitKind;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A period of several levels adds a province's own figures once (issue 19): the communes
 * report with the commune template, the province commission (a unit of the province's
 * level, below the province) reports its own work with a provincial template sharing some
 * indicators. The province's total is the communes' sum plus the commission's own
 * figures, once, at the province and at the centre, in the kept sums and after a rebuild;
 * the commission's figures are its own value, never added to a commune's; an indicator
 * only the provincial template asks is shown at the province too.
 */
@DanvanIntegrationTest
class OwnLevelRollupTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	UnitAdministration unitAdministration;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	Analytics analytics;

	@Autowired
	Rebuilds rebuilds;

	@Autowired
	Rollup rollup;

	ReportingFixture world;

	SignedInUser admin;

	long commission;

	Period period;

	@BeforeEach
	void world() {
		this.world = this.fixtures.create();
		this.admin = this.world.signedIn("admin");
		this.commission = this.unitAdministration.create(
				new NewUnit("", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
						"Ban Tuyên giáo và Dân vận Tỉnh ủy " + this.world.prefix,
						UnitKind.PROPAGANDA_AND_MOBILISATION_BOARD, this.world.province, ReportingFixture.START),
				"test");
		this.catalogue.defineIndicator(this.admin, new IndicatorDefinition(code("OWN"), "Số lớp tập huấn do Ban mở",
				"lớp", ValueType.INTEGER, Aggregation.SUM, null, null, null, false, null, null, ""));
		var provincial = this.catalogue
			.defineTemplate(this.admin,
					new TemplateDefinition(code("PTPL"), "Báo cáo của Ban " + this.world.prefix, "",
							List.of("PROVINCE"), List.of("PROPAGANDA_AND_MOBILISATION_BOARD"),
							List.of(new SectionDefinition(0, "1.", "Công việc của Ban", "Nêu kết quả.", true,
									List.of(code("MEM"), code("ELIG"), code("RATE"), code("OWN")))),
							List.of("SIX_MONTH")));
		this.period = this.periods.open(this.world.signedIn(this.world.provinceOfficer),
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH, "Sơ kết 6 tháng đầu năm 2038",
						LocalDate.of(2037, 12, 15), LocalDate.of(2038, 6, 14), LocalDate.of(2038, 6, 20),
						List.of(this.world.province),
						List.of(new OpenPeriod.Part(provincial.template().id(), List.of(this.world.province)))));
	}

	@Test
	void theProvinceTotalIsTheCommunesSumPlusItsOwnFiguresOnce() {
		submit(this.world.commune, Map.of(code("MEM"), "100", code("ELIG"), "200", code("REG") + ".A", "4"));
		submit(this.world.otherCommune, Map.of(code("MEM"), "120", code("ELIG"), "200", code("REG") + ".A", "6"));
		submit(this.commission, Map.of(code("MEM"), "30", code("ELIG"), "60", code("OWN"), "5"));

		Dashboard province = await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.world.province), (d) -> d.coverage().handedIn() == 3);
		assertRolledUpOnce(province);
		assertThat(province.coverage().expected()).isEqualTo(3);
		Dashboard centre = await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.world.centre), (d) -> d.coverage().handedIn() == 3);
		assertRolledUpOnce(centre);

		// The commission's figures are its own value, a commune's are the commune's.
		Dashboard own = dashboard(this.commission);
		assertThat(value(own, code("MEM"))).isEqualByComparingTo("30");
		assertThat(value(own, code("OWN"))).isEqualByComparingTo("5");
		Dashboard commune = dashboard(this.world.commune);
		assertThat(value(commune, code("MEM"))).isEqualByComparingTo("100");
		assertThat(value(commune, code("OWN"))).isNull();
		// Below the province: each commune and the commission, which add up to the total.
		List<UnitFigure> below = this.analytics.below(this.admin, this.world.province, this.period.id(), View.AS_WAS,
				Inclusion.SUBMITTED, code("MEM"));
		assertThat(below).extracting((f) -> f.unit().id(), (f) -> f.value().intValue())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.world.commune, 100),
					org.assertj.core.groups.Tuple.tuple(this.world.otherCommune, 120),
					org.assertj.core.groups.Tuple.tuple(this.commission, 30));

		// A rebuild from the reports finds the same sums, and the check no difference.
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isEmpty();
		this.rollup.rebuild(this.period);
		assertRolledUpOnce(dashboard(this.world.province));
		assertRolledUpOnce(dashboard(this.world.centre));
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isEmpty();
	}

	@Test
	void aReportOfTheProvinceUnitItselfIsAddedOnceToo() {
		var ofTheProvince = this.catalogue.defineTemplate(this.admin,
				new TemplateDefinition(code("PROV"), "Báo cáo của tỉnh " + this.world.prefix, "", List.of("PROVINCE"),
						List.of("PROVINCE"), List.of(new SectionDefinition(0, "1.", "Kết quả", "Nêu kết quả.", true,
								List.of(code("MEM"), code("ELIG"), code("RATE"), code("OWN"))))));
		this.period = this.periods.open(this.world.signedIn(this.world.provinceOfficer),
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH,
						"Sơ kết 6 tháng cuối năm 2038", LocalDate.of(2038, 6, 15), LocalDate.of(2038, 12, 14),
						LocalDate.of(2038, 12, 20), List.of(this.world.province),
						List.of(new OpenPeriod.Part(ofTheProvince.template().id(), List.of(this.world.province)))));
		submit(this.world.commune, Map.of(code("MEM"), "100", code("ELIG"), "200", code("REG") + ".A", "4"));
		submit(this.world.otherCommune, Map.of(code("MEM"), "120", code("ELIG"), "200", code("REG") + ".A", "6"));
		submit(this.world.province, Map.of(code("MEM"), "30", code("ELIG"), "60", code("OWN"), "5"));
		assertRolledUpOnce(await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.world.province), (d) -> d.coverage().handedIn() == 3));
		assertRolledUpOnce(await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.world.centre), (d) -> d.coverage().handedIn() == 3));
		assertThat(value(dashboard(this.world.commune), code("MEM"))).isEqualByComparingTo("100");
		this.rollup.rebuild(this.period);
		assertRolledUpOnce(dashboard(this.world.centre));
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isEmpty();
	}

	private void assertRolledUpOnce(Dashboard dashboard) {
		// 100 + 120 from the communes, 30 of the province's own: 250, not 280 nor 220.
		assertThat(value(dashboard, code("MEM"))).isEqualByComparingTo("250");
		assertThat(value(dashboard, code("ELIG"))).isEqualByComparingTo("460");
		// The rate from the summed parts: 250 / 460.
		assertThat(value(dashboard, code("RATE"))).isEqualByComparingTo("54.3");
		// Only the communes' template asks this one, only the commission's the other.
		assertThat(value(dashboard, code("REG") + ".A")).isEqualByComparingTo("10");
		assertThat(value(dashboard, code("OWN"))).isEqualByComparingTo("5");
		assertThat(dashboard.figures()).filteredOn((f) -> f.key().equals(code("MEM")))
			.singleElement()
			.extracting(Figure::reported)
			.isEqualTo(3);
	}

	private Dashboard dashboard(long unit) {
		return this.analytics.dashboard(this.admin, unit, this.period.id(), View.AS_WAS, Inclusion.SUBMITTED);
	}

	private void submit(long unit, Map<String, String> values) {
		SignedInUser reporter = this.world.signedIn(this.world.user(Role.REPORTING_OFFICER, unit));
		Submission s = this.submissions.find(this.admin, this.period.id(), unit).orElseThrow();
		s = this.submissions.save(reporter, s.id(), s.version(), values, Map.of(), "FORM");
		this.submissions.submit(reporter, s.id(), s.version());
	}

	private static BigDecimal value(Dashboard dashboard, String key) {
		return dashboard.figures()
			.stream()
			.filter((f) -> f.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figure " + key))
			.value();
	}

	private String code(String name) {
		return this.world.code(name);
	}

}

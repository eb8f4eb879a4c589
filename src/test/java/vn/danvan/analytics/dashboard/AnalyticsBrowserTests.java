package vn.danvan.analytics.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: the province officer has the dashboard open; a commune submits
 * its report; the province's dashboard shows the commune's figures on the next look, and
 * the breakdown by commune draws its chart. Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class AnalyticsBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Test
	void aCommuneSubmitsAndTheProvinceDashboardChanges(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2033", LocalDate.of(2033, 1, 1),
				LocalDate.of(2033, 6, 30), LocalDate.of(2033, 7, 10));
		page.timeout(Duration.ofSeconds(60));
		String dashboard = page.url("/analytics/units/" + world.province + "?period=" + period.id());

		page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		driver.get(dashboard);
		page.waitFor(By.id("figures"));
		assertThat(driver.findElement(By.id("reporting-count")).getText()).isEqualTo("0/2");
		assertThat(value(page, world.code("REG"))).isEmpty();

		var commune = world.signedIn(world.communeOfficer);
		Submission s = this.submissions.find(commune, period.id(), world.commune).orElseThrow();
		s = this.submissions.save(commune, s.id(), s.version(), Map.of(world.code("REG") + ".A", "1.234",
				world.code("REG") + ".B", "6", world.code("MEM"), "80", world.code("ELIG"), "100"), Map.of(), "FORM");
		this.submissions.submit(commune, s.id(), s.version());

		page.until((d) -> {
			d.navigate().refresh();
			return "1/2".equals(d.findElement(By.id("reporting-count")).getText());
		});
		assertThat(value(page, world.code("REG"))).isEqualTo("1.240");
		assertThat(value(page, world.code("REG") + ".A")).isEqualTo("1.234");
		assertThat(value(page, world.code("RATE"))).isEqualTo("80");
		page.screenshot("analytics-1-province-dashboard");

		page.click(By.cssSelector("#figure-" + world.code("REG") + " a"));
		page.waitFor(By.id("below"));
		assertThat(driver.findElement(By.id("below-" + world.commune)).getText()).contains("1.240", "1/1");
		page.until(ExpectedConditions.attributeToBe(By.id("bar-chart"), "data-rendered", "true"));
		assertThat(driver.findElements(By.cssSelector("#bar-chart canvas"))).isNotEmpty();
		page.screenshot("analytics-2-by-commune");

		page.click(By.cssSelector("label[for=view-current]"));
		page.until(ExpectedConditions.urlContains("view=current"));
		assertThat(driver.findElement(By.id("figure-value")).getText()).startsWith("1.240");

		// The home page: the period with one of two reports handed in, a half-full bar,
		// one missing.
		page.open("/");
		page.waitFor(By.id("open-period-" + period.id()));
		assertThat(driver.findElement(By.id("handed-in-" + period.id())).getText()).isEqualTo("1/2");
		assertThat(driver.findElement(By.id("missing-" + period.id())).getText()).isEqualTo("0");
		Number share = (Number) page.script(
				"var bar = document.querySelector('#open-period-' + arguments[0] + ' .progress-bar');"
						+ "return bar.getBoundingClientRect().width / bar.parentElement.getBoundingClientRect().width;",
				period.id());
		assertThat(share.doubleValue()).as("the bar is drawn half full").isBetween(0.45, 0.55);
		page.screenshot("analytics-3-home");
	}

	private static String value(BrowserPage page, String key) {
		return page.find(By.cssSelector("#figure-" + key.replace(".", "\\.") + " .dv-value")).getText().trim();
	}

}

package vn.danvan.analytics.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: the province officer has the dashboard open; a commune submits
 * its report; the province's dashboard shows the commune's figures on the next look, and
 * the breakdown by commune draws its chart. Screenshots in {@code target/screenshots}.
 */
@DanvanIntegrationTest
class AnalyticsBrowserTests {

	static Browser browser;

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	UnitAdministration units;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
		driver = browser.driver();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aCommuneSubmitsAndTheProvinceDashboardChanges() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2033", LocalDate.of(2033, 1, 1),
				LocalDate.of(2033, 6, 30), LocalDate.of(2033, 7, 10));
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
		String dashboard = url("/analytics/units/" + world.province + "?period=" + period.id());

		signIn(wait, world.provinceOfficer);
		driver.get(dashboard);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figures")));
		assertThat(driver.findElement(By.id("reporting-count")).getText()).isEqualTo("0/2");
		assertThat(value(world.code("REG"))).isEmpty();

		var commune = world.signedIn(world.communeOfficer);
		Submission s = this.submissions.find(commune, period.id(), world.commune).orElseThrow();
		s = this.submissions.save(commune, s.id(), s.version(), Map.of(world.code("REG") + ".A", "1.234",
				world.code("REG") + ".B", "6", world.code("MEM"), "80", world.code("ELIG"), "100"), Map.of(), "FORM");
		this.submissions.submit(commune, s.id(), s.version());

		wait.until((d) -> {
			d.navigate().refresh();
			return "1/2".equals(d.findElement(By.id("reporting-count")).getText());
		});
		assertThat(value(world.code("REG"))).isEqualTo("1.240");
		assertThat(value(world.code("REG") + ".A")).isEqualTo("1.234");
		assertThat(value(world.code("RATE"))).isEqualTo("80");
		screenshot("analytics-1-province-dashboard");

		click(driver.findElement(By.cssSelector("#figure-" + world.code("REG") + " a")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("below")));
		assertThat(driver.findElement(By.id("below-" + world.commune)).getText()).contains("1.240", "1/1");
		wait.until(ExpectedConditions.attributeToBe(By.id("bar-chart"), "data-rendered", "true"));
		assertThat(driver.findElements(By.cssSelector("#bar-chart canvas"))).isNotEmpty();
		screenshot("analytics-2-by-commune");

		click(driver.findElement(By.cssSelector("label[for=view-current]")));
		wait.until(ExpectedConditions.urlContains("view=current"));
		assertThat(driver.findElement(By.id("figure-value")).getText()).startsWith("1.240");

		// The home page: the period with one of two reports handed in, a half-full bar,
		// one missing.
		driver.get(url("/"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-period-" + period.id())));
		assertThat(driver.findElement(By.id("handed-in-" + period.id())).getText()).isEqualTo("1/2");
		assertThat(driver.findElement(By.id("missing-" + period.id())).getText()).isEqualTo("0");
		Number share = (Number) ((JavascriptExecutor) driver).executeScript(
				"var bar = document.querySelector('#open-period-' + arguments[0] + ' .progress-bar');"
						+ "return bar.getBoundingClientRect().width / bar.parentElement.getBoundingClientRect().width;",
				period.id());
		assertThat(share.doubleValue()).as("the bar is drawn half full").isBetween(0.45, 0.55);
		screenshot("analytics-3-home");
	}

	private String value(String key) {
		return driver.findElement(By.cssSelector("#figure-" + key.replace(".", "\\.") + " .dv-value")).getText().trim();
	}

	private void click(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private void signIn(WebDriverWait wait, String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(ReportingFixture.PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}

}

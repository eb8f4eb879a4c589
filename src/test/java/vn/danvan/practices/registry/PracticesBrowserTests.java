package vn.danvan.practices.registry;

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
import vn.danvan.reporting.computed.ComputedFigures;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitScope;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: a commune officer registers a model, the province officer
 * evaluates and recognises it, and the count appears, read-only and linked to the list,
 * in the commune's report form. Screenshots in {@code target/screenshots}.
 */
@DanvanIntegrationTest
class PracticesBrowserTests {

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

	@Autowired
	ComputedFigures computed;

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
	void aCommuneRegistersTheProvinceEvaluatesAndRecognisesAndTheReportCountsIt() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.computed.bind(world.signedIn("admin"), world.code("REG"), "A", "practices.registered",
				Map.of("field", "KINH_TE"));
		int lastYear = UnitScope.today().getYear() - 1;
		Period period = world.openPeriod("Tổng kết năm " + lastYear, LocalDate.of(lastYear, 1, 1),
				LocalDate.of(lastYear, 12, 31), UnitScope.today().plusDays(30));
		Submission submission = this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune)
			.orElseThrow();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		signIn(wait, world.communeOfficer);
		driver.get(url("/practices"));
		click(driver.findElement(By.id("new-practice")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice-form")));
		driver.findElement(By.id("name")).sendKeys("Tổ hợp tác nuôi bò sinh sản");
		click(driver.findElement(By.id("field-KINH_TE")));
		setDate("registeredOn", lastYear + "-03-01");
		setDate("startedOn", lastYear + "-03-15");
		click(driver.findElement(By.id("save-practice")));
		wait.until(ExpectedConditions.textToBe(By.id("practice-status"), "Đang triển khai"));
		String practicePage = driver.getCurrentUrl();
		screenshot("practices-1-registered-by-commune");
		signOut(wait);

		signIn(wait, world.provinceOfficer);
		driver.get(practicePage);
		assertThat(driver.findElements(By.id("edit-practice"))).isEmpty();
		click(driver.findElement(By.id("evaluate")));
		wait.until(ExpectedConditions.textToBe(By.id("practice-effective"), "Hiệu quả"));
		click(driver.findElement(By.id("rec-exemplary")));
		click(driver.findElement(By.id("recognise")));
		wait.until(ExpectedConditions.textToBe(By.id("practice-level"), "Công nhận Cấp tỉnh"));
		assertThat(driver.findElement(By.id("practice-history")).getText()).contains("Đánh giá", "Công nhận");
		screenshot("practices-2-recognised-by-province");
		signOut(wait);

		signIn(wait, world.communeOfficer);
		driver.get(url("/reporting/submissions/" + submission.id()));
		WebElement cell = driver.findElement(By.id("c-" + world.code("REG") + ".A"));
		assertThat(cell.getAttribute("value")).isEqualTo("1");
		assertThat(cell.getAttribute("readonly")).isNotNull();
		WebElement link = driver.findElement(By.id("cl-" + world.code("REG") + ".A"));
		assertThat(link.getText()).isEqualTo("Xem 1 mô hình");
		screenshot("practices-3-computed-in-report");
		click(link);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("practice-table")));
		assertThat(driver.findElement(By.id("practice-count")).getText()).isEqualTo("1 mô hình, điển hình");
		assertThat(driver.findElement(By.id("practice-table")).getText()).contains("Tổ hợp tác nuôi bò sinh sản");
	}

	private void setDate(String id, String value) {
		((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				value);
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

	private void signOut(WebDriverWait wait) {
		click(driver.findElement(By.id("sign-out")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}

}

package vn.danvan.awards.decisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitScope;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: the province's commission officer records a decision, imports its
 * recipients from XLSX (a wrong file first, refused by line) and finds it in the list.
 * Screenshots in {@code target/screenshots}.
 */
@DanvanIntegrationTest
class AwardsBrowserTests {

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
	void theProvinceRecordsADecisionAndImportsItsRecipients() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		signIn(wait, world.provinceOfficer);
		driver.get(url("/awards"));
		click(driver.findElement(By.id("new-decision")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
		driver.findElement(By.id("number")).sendKeys("15-QĐ/BDVTU");
		setDate("decidedOn", UnitScope.today().toString());
		click(driver.findElement(By.id("save-decision")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-number")));
		assertThat(driver.findElement(By.id("decision-number")).getText()).isEqualTo("Quyết định số 15-QĐ/BDVTU");
		screenshot("awards-1-recorded");

		Path bad = Files.createTempFile("danh-sach-sai", ".xlsx");
		Files.write(bad, DecisionBookTests.xlsx(new String[][] { { "1", "Cá nhân", "", "Bí thư", world.prefix + "C1" },
				{ "2", "Tập thể", "", "", "Xã Không Có" } }));
		driver.findElement(By.id("file")).sendKeys(bad.toString());
		click(driver.findElement(By.id("import-recipients")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
		assertThat(driver.findElement(By.id("import-errors")).getText()).contains("Dòng 2:", "Dòng 3:");
		assertThat(driver.findElement(By.id("recipients-title")).getText())
			.isEqualTo("Tặng cho 0 tập thể và 0 cá nhân");
		screenshot("awards-2-import-refused");

		Path good = Files.createTempFile("danh-sach", ".xlsx");
		Files.write(good, DecisionBookTests.xlsx(new String[][] { { "1", "Tập thể", "", "", world.prefix + "C1" },
				{ "2", "Cá nhân", "Nguyễn Thị Mai", "Chi hội trưởng", world.prefix + "C2" } }));
		driver.findElement(By.id("file")).sendKeys(good.toString());
		click(driver.findElement(By.id("import-recipients")));
		wait.until(ExpectedConditions.textToBe(By.id("recipients-title"), "Tặng cho 1 tập thể và 1 cá nhân"));
		assertThat(driver.findElement(By.id("recipients")).getText()).contains("Nguyễn Thị Mai", "Chi hội trưởng");
		screenshot("awards-3-imported");

		driver.get(url("/awards?q=15-qd"));
		assertThat(driver.findElement(By.id("decisions")).getText()).contains("15-QĐ/BDVTU", "Giấy khen");
		Files.deleteIfExists(bad);
		Files.deleteIfExists(good);
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

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}

}

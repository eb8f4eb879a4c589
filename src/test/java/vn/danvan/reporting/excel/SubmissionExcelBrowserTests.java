package vn.danvan.reporting.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
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
import vn.danvan.accounts.SignedInUser;
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
 * A commune officer uploads a filled Excel form in a real browser, reads the preview and
 * confirms. Screenshots go to {@code target/screenshots}.
 */
@DanvanIntegrationTest
class SubmissionExcelBrowserTests {

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
	ExcelForms excel;

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
	void aCommuneOfficerUploadsAFilledFileReadsThePreviewAndConfirms() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		Period period = world.openPeriod("6 tháng đầu năm 2034", LocalDate.of(2033, 12, 15), LocalDate.of(2034, 6, 14),
				LocalDate.of(2034, 6, 20));
		SignedInUser officer = world.signedIn(world.communeOfficer);
		Submission report = this.submissions.find(officer, period.id(), world.commune).orElseThrow();
		byte[] form = this.excel.download(officer, report.id(), Locale.forLanguageTag("vi")).content();
		Path file = Files.createTempFile("bao-cao-", ".xlsx");
		Files.write(file, ExcelTestFiles.fill(form, Map.of(world.code("REG") + ".A", 12, world.code("REG") + ".B",
				"1.234", world.code("MEM"), 60, world.code("ELIG"), 80, world.code("EFF"), "năm")));
		Path fixed = Files.createTempFile("bao-cao-", ".xlsx");
		Files.write(fixed, ExcelTestFiles.fill(Files.readAllBytes(file), Map.of(world.code("EFF"), 5)));

		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(world.communeOfficer);
		driver.findElement(By.id("password")).sendKeys(ReportingFixture.PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

		driver.get(url("/reporting/submissions/" + report.id() + "/excel/upload"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("excel-upload-form")));
		browser.screenshot("reporting-excel-upload");
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		click(By.id("excel-upload-submit"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-errors")));
		assertThat(driver.findElement(By.cssSelector(".preview-error")).getText()).contains("\"năm\" không phải là số");
		assertThat(driver.findElements(By.id("confirm-form"))).isEmpty();
		browser.screenshot("reporting-excel-preview-error");

		click(By.id("upload-again"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("excel-upload-form")));
		driver.findElement(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
		click(By.id("excel-upload-submit"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-summary")));
		assertThat(driver.findElement(By.id("preview-summary")).getText()).contains("Tệp sẽ cập nhật 5 ô");
		assertThat(driver.findElements(By.cssSelector("#preview-table tbody tr"))).hasSize(5);
		browser.screenshot("reporting-excel-preview");
		click(By.id("confirm-upload"));
		wait.until(ExpectedConditions.urlToBe(url("/reporting/submissions/" + report.id())));
		assertThat(this.submissions.content(this.submissions.get(officer, report.id()))
			.numbers()
			.get(world.code("REG") + ".B")).isEqualByComparingTo("1234");
		Files.deleteIfExists(file);
		Files.deleteIfExists(fixed);
	}

	private void click(By locator) {
		WebElement element = driver.findElement(locator);
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

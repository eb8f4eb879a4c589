package vn.danvan.reporting.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune officer uploads a filled Excel form in a real browser, reads the preview and
 * confirms. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest
class SubmissionExcelBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Autowired
	ExcelForms excel;

	@Test
	void aCommuneOfficerUploadsAFilledFileReadsThePreviewAndConfirms(BrowserPage page) throws IOException {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
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

		page.timeout(Duration.ofSeconds(30));
		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);

		page.open("/reporting/submissions/" + report.id() + "/excel/upload");
		page.waitFor(By.id("excel-upload-form"));
		page.screenshot("reporting-excel-upload");
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		page.click(By.id("excel-upload-submit"));
		page.waitFor(By.id("preview-errors"));
		assertThat(driver.findElement(By.cssSelector(".preview-error")).getText()).contains("\"năm\" không phải là số");
		assertThat(driver.findElements(By.id("confirm-form"))).isEmpty();
		page.screenshot("reporting-excel-preview-error");

		page.click(By.id("upload-again"));
		page.waitFor(By.id("excel-upload-form"));
		driver.findElement(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
		page.click(By.id("excel-upload-submit"));
		page.waitFor(By.id("preview-summary"));
		assertThat(driver.findElement(By.id("preview-summary")).getText()).contains("Tệp sẽ cập nhật 5 ô");
		assertThat(driver.findElements(By.cssSelector("#preview-table tbody tr"))).hasSize(5);
		page.screenshot("reporting-excel-preview");
		page.click(By.id("confirm-upload"));
		page.until(ExpectedConditions.urlToBe(page.url("/reporting/submissions/" + report.id())));
		assertThat(this.submissions.content(this.submissions.get(officer, report.id()))
			.numbers()
			.get(world.code("REG") + ".B")).isEqualByComparingTo("1234");
		Files.deleteIfExists(file);
		Files.deleteIfExists(fixed);
	}

}

package vn.danvan.awards.decisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.units.UnitScope;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: the province's commission officer records a decision, imports its
 * recipients from XLSX (a wrong file first, refused by line) and finds it in the list.
 * Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class AwardsBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Test
	void theProvinceRecordsADecisionAndImportsItsRecipients(BrowserPage page) throws IOException {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		page.open("/awards");
		page.click(By.id("new-decision"));
		page.waitFor(By.id("decision-form"));
		driver.findElement(By.id("number")).sendKeys("15-QĐ/BDVTU");
		page.setValue("decidedOn", UnitScope.today().toString());
		page.click(By.id("save-decision"));
		page.waitFor(By.id("decision-number"));
		assertThat(driver.findElement(By.id("decision-number")).getText()).isEqualTo("Quyết định số 15-QĐ/BDVTU");
		page.screenshot("awards-1-recorded");

		Path bad = Files.createTempFile("danh-sach-sai", ".xlsx");
		Files.write(bad, DecisionBookTests.xlsx(new String[][] { { "1", "Cá nhân", "", "Bí thư", world.prefix + "C1" },
				{ "2", "Tập thể", "", "", "Xã Không Có" } }));
		driver.findElement(By.id("file")).sendKeys(bad.toString());
		page.click(By.id("import-recipients"));
		page.waitFor(By.id("import-errors"));
		assertThat(driver.findElement(By.id("import-errors")).getText()).contains("Dòng 2:", "Dòng 3:");
		assertThat(driver.findElement(By.id("recipients-title")).getText())
			.isEqualTo("Tặng cho 0 tập thể và 0 cá nhân");
		page.screenshot("awards-2-import-refused");

		Path good = Files.createTempFile("danh-sach", ".xlsx");
		Files.write(good, DecisionBookTests.xlsx(new String[][] { { "1", "Tập thể", "", "", world.prefix + "C1" },
				{ "2", "Cá nhân", "Nguyễn Thị Mai", "Chi hội trưởng", world.prefix + "C2" } }));
		driver.findElement(By.id("file")).sendKeys(good.toString());
		page.click(By.id("import-recipients"));
		page.until(ExpectedConditions.textToBe(By.id("recipients-title"), "Tặng cho 1 tập thể và 1 cá nhân"));
		assertThat(driver.findElement(By.id("recipients")).getText()).contains("Nguyễn Thị Mai", "Chi hội trưởng");
		page.screenshot("awards-3-imported");

		page.open("/awards?q=15-qd");
		assertThat(driver.findElement(By.id("decisions")).getText()).contains("15-QĐ/BDVTU", "Giấy khen");
		Files.deleteIfExists(bad);
		Files.deleteIfExists(good);
	}

}

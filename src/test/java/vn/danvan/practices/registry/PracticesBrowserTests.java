package vn.danvan.practices.registry;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.computed.ComputedFigures;
import vn.danvan.units.UnitScope;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: a commune officer registers a model, the province officer
 * evaluates and recognises it, and the count appears, read-only and linked to the list,
 * in the commune's report form. Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class PracticesBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Autowired
	ComputedFigures computed;

	@Test
	void aCommuneRegistersTheProvinceEvaluatesAndRecognisesAndTheReportCountsIt(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		this.computed.bind(world.signedIn("admin"), world.code("REG"), "A", "practices.registered",
				Map.of("field", "KINH_TE"));
		int lastYear = UnitScope.today().getYear() - 1;
		Period period = world.openPeriod("Tổng kết năm " + lastYear, LocalDate.of(lastYear, 1, 1),
				LocalDate.of(lastYear, 12, 31), UnitScope.today().plusDays(30));
		Submission submission = this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune)
			.orElseThrow();

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/practices");
		page.click(By.id("new-practice"));
		page.waitFor(By.id("practice-form"));
		driver.findElement(By.id("name")).sendKeys("Tổ hợp tác nuôi bò sinh sản");
		page.click(By.id("field-KINH_TE"));
		page.setValue("registeredOn", lastYear + "-03-01");
		page.setValue("startedOn", lastYear + "-03-15");
		page.click(By.id("save-practice"));
		page.until(ExpectedConditions.textToBe(By.id("practice-status"), "Đang triển khai"));
		String practicePage = driver.getCurrentUrl();
		page.screenshot("practices-1-registered-by-commune");
		page.signOut();

		page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		driver.get(practicePage);
		assertThat(driver.findElements(By.id("edit-practice"))).isEmpty();
		page.click(By.id("evaluate"));
		page.until(ExpectedConditions.textToBe(By.id("practice-effective"), "Hiệu quả"));
		page.click(By.id("rec-exemplary"));
		page.click(By.id("recognise"));
		page.until(ExpectedConditions.textToBe(By.id("practice-level"), "Công nhận Cấp tỉnh"));
		assertThat(driver.findElement(By.id("practice-history")).getText()).contains("Đánh giá", "Công nhận");
		page.screenshot("practices-2-recognised-by-province");
		page.signOut();

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		WebElement cell = driver.findElement(By.id("c-" + world.code("REG") + ".A"));
		assertThat(cell.getAttribute("value")).isEqualTo("1");
		assertThat(cell.getAttribute("readonly")).isNotNull();
		WebElement link = driver.findElement(By.id("cl-" + world.code("REG") + ".A"));
		assertThat(link.getText()).isEqualTo("Xem 1 mô hình");
		page.screenshot("practices-3-computed-in-report");
		page.click(link);
		page.waitFor(By.id("practice-table"));
		assertThat(driver.findElement(By.id("practice-count")).getText()).isEqualTo("1 mô hình, điển hình");
		assertThat(driver.findElement(By.id("practice-table")).getText()).contains("Tổ hợp tác nuôi bò sinh sản");
	}

}

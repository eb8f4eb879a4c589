package vn.danvan.reporting.submissions;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's side of a report (issue 20): the actions in a bar that stays in view
 * wherever one is on the page, and the unit's value of the previous period on the row of
 * each cell (nothing where there was none). Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class ReviewBarBrowserTests {

	WebDriver driver;

	BrowserPage page;

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@BeforeEach
	void usePage(BrowserPage page) {
		this.page = page;
		this.driver = page.driver();
	}

	@Test
	void theReviewBarStaysInViewAndThePreviousValuesAreOnTheirRows() throws IOException {
		ReportingFixture world = this.fixtures.create();
		SignedInUser commune = world.signedIn(world.communeOfficer);
		Period first = world.openPeriod("Sơ kết 6 tháng đầu năm 2042", LocalDate.of(2042, 1, 1),
				LocalDate.of(2042, 6, 30), LocalDate.of(2042, 7, 10));
		Submission before = this.submissions.find(commune, first.id(), world.commune).orElseThrow();
		before = this.submissions.save(commune, before.id(), before.version(),
				Map.of(world.code("REG") + ".A", "4", world.code("MEM"), "1.100"), Map.of(), "FORM");
		// The previous period's values are shown only from a report the unit handed in.
		this.submissions.submit(commune, before.id(), before.version());
		Period second = world.openPeriod("Tổng kết năm 2042", LocalDate.of(2042, 7, 1), LocalDate.of(2042, 12, 31),
				LocalDate.of(2043, 1, 10));
		Submission report = this.submissions.find(commune, second.id(), world.commune).orElseThrow();
		report = this.submissions.save(commune, report.id(), report.version(),
				Map.of(world.code("REG") + ".A", "5", world.code("REG") + ".B", "2", world.code("MEM"), "1.200"),
				Map.of(), "FORM");
		this.submissions.submit(commune, report.id(), report.version());
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		this.page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(this.page.url("/reporting/submissions/" + report.id()));
		assertThat(previousOnRow(world.code("MEM"))).isEqualTo("1.100");
		assertThat(previousOnRow(world.code("REG") + ".A")).isEqualTo("4");
		assertThat(previousOnRow(world.code("REG") + ".B")).isEmpty();
		assertThat(previousOnRow(world.code("ELIG"))).isEmpty();
		// On a phone, where the column is scrolled out of view, under the value too.
		assertThat(driver.findElement(By.id("p-" + world.code("MEM"))).getText()).isEqualTo("Kỳ trước: 1.100");
		assertThat(driver.findElements(By.id("p-" + world.code("ELIG")))).isEmpty();

		// At the top, in the middle and at the end of the report, the bar is in the
		// window.
		assertInView("review");
		scroll("document.body.scrollHeight / 3");
		assertInView("review");
		assertInView("approve");
		this.page.screenshot("review-bar-1-middle-390");
		driver.manage().window().setSize(new Dimension(1366, 900));
		scroll("0");
		assertInView("review");
		this.page.screenshot("review-bar-2-top-1366");

		// Returned from the bar without scrolling to the end.
		driver.findElement(By.id("return-comment")).sendKeys("Số hội viên tăng, đề nghị kiểm tra lại.");
		driver.findElement(By.id("return")).click();
		wait.until(ExpectedConditions.textToBe(By.id("state"), "Trả lại"));
		assertThat(this.submissions.get(commune, report.id()).state()).isEqualTo(SubmissionState.RETURNED);
	}

	private String previousOnRow(String key) {
		WebElement row = driver.findElement(By.id("c-" + key)).findElement(By.xpath("./ancestor::tr"));
		return row.findElement(By.cssSelector("td.dv-previous")).getText();
	}

	private void scroll(String y) {
		((JavascriptExecutor) driver).executeScript("window.scrollTo({top: " + y + ", behavior: 'instant'})");
	}

	private void assertInView(String id) {
		Boolean inView = (Boolean) ((JavascriptExecutor) driver).executeScript(
				"var r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight + 1;",
				id);
		assertThat(inView).as(id + " in view").isTrue();
	}

}

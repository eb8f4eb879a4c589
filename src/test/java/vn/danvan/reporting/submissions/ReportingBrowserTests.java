package vn.danvan.reporting.submissions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

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
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole cycle in Debian's Chromium: a commune officer fills in the report (totals and
 * the percentage appear as they type, the draft saves itself) and submits; the province
 * officer returns it with a comment; the commune corrects and resubmits; the province
 * approves; the commune can no longer edit. Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class ReportingBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Test
	void fillSubmitReturnCorrectResubmitApproveAndLock(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		Submission submission = communesFirstHalfReport(world, 2032);

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting");
		page.click(By.linkText("Điền báo cáo"));
		page.waitFor(By.id("report-form"));
		page.type("c-" + world.code("REG") + ".A", "1.234");
		page.type("c-" + world.code("REG") + ".B", "6");
		page.type("c-" + world.code("EFF"), "10");
		page.type("c-" + world.code("MEM"), "120");
		page.type("c-" + world.code("ELIG"), "100");
		driver.findElement(By.id("n-" + world.template.sections().get(1).id())).sendKeys("Xây dựng mô hình tốt.");
		page.until(ExpectedConditions.textToBe(By.id("c-" + world.code("REG")), "1.240"));
		page.until(ExpectedConditions.textToBe(By.id("c-" + world.code("RATE")), "120%"));
		page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Đã lưu lúc"));
		page.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("m-" + world.code("RATE")), "vượt quá 100"));
		page.screenshot("reporting-1-form-with-error");
		assertThat(this.submissions.get(world.signedIn(world.communeOfficer), submission.id()).state())
			.isEqualTo(SubmissionState.DRAFT);

		WebElement members = driver.findElement(By.id("c-" + world.code("MEM")));
		members.clear();
		members.sendKeys("abc");
		// The browser's own check ("Không phải là số…"), then the server's, which keeps
		// the text in the draft
		// ("\"abc\" không phải là số…"): either says it.
		page.until((d) -> d.findElement(By.id("m-" + world.code("MEM")))
			.getText()
			.toLowerCase()
			.contains("không phải là số"));
		members.clear();
		members.sendKeys("80");
		page.until(ExpectedConditions.textToBe(By.id("c-" + world.code("RATE")), "80%"));
		page.click(By.id("submit-report"));
		page.confirm();
		page.until(ExpectedConditions.textToBe(By.id("state"), "Đã nộp"));
		assertThat(driver.findElements(By.cssSelector("#report-form .dv-cell"))).isEmpty();
		page.signOut();

		page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/periods/" + submission.periodId());
		assertThat(driver.findElement(By.id("handed-in")).getText()).isEqualTo("1/2");
		page.click(By.linkText("Xã Bình An " + world.prefix));
		page.waitFor(By.id("review"));
		driver.findElement(By.id("return-comment")).sendKeys("Số hội viên chưa khớp với Hội Nông dân.");
		page.click(By.id("return"));
		page.until(ExpectedConditions.textToBe(By.id("state"), "Trả lại"));
		page.signOut();

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		assertThat(driver.findElement(By.id("returned-comment")).getText())
			.contains("Số hội viên chưa khớp với Hội Nông dân.");
		members = driver.findElement(By.id("c-" + world.code("MEM")));
		members.clear();
		members.sendKeys("90");
		page.until(ExpectedConditions.textToBe(By.id("c-" + world.code("RATE")), "90%"));
		page.click(By.id("submit-report"));
		page.confirm();
		page.until(ExpectedConditions.textToBe(By.id("state"), "Đã nộp"));
		page.signOut();

		page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		page.click(By.id("approve"));
		page.confirm();
		page.until(ExpectedConditions.textToBe(By.id("state"), "Đã duyệt"));
		page.screenshot("reporting-2-approved-by-province");
		page.signOut();

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		assertThat(driver.findElement(By.id("locked")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector(".dv-cell"))).isEmpty();
		assertThat(driver.findElements(By.id("submit-report"))).isEmpty();
		assertThat(driver.findElement(By.id("c-" + world.code("MEM"))).getText()).isEqualTo("90");
		page.screenshot("reporting-3-locked-for-commune");
		assertThat(this.submissions.get(world.signedIn(world.communeOfficer), submission.id()).state())
			.isEqualTo(SubmissionState.APPROVED);
	}

	@Test
	void whatWasTypedJustBeforeLeavingThePageIsKept(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		Submission submission = communesFirstHalfReport(world, 2034);
		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		page.type("c-" + world.code("ELIG"), "4.321");
		page.open("/reporting");
		page.until((d) -> this.submissions.content(submission).numbers().containsKey(world.code("ELIG")));
		page.open("/reporting/submissions/" + submission.id());
		assertThat(driver.findElement(By.id("c-" + world.code("ELIG"))).getAttribute("value")).isEqualTo("4.321");
		assertThat(this.submissions.revisions(world.signedIn(world.communeOfficer), submission.id())).singleElement()
			.satisfies((r) -> assertThat(r.source()).isEqualTo("AUTOSAVE"));
	}

	@Test
	void invalidTextIsKeptByTheServerAndTheProblemsFollowTheCorrections(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		Submission submission = communesFirstHalfReport(world, 2036);
		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		// The text first: the draft keeps it (it cannot be handed in) and saves the other
		// values all the same.
		page.type("c-" + world.code("MEM"), "abc");
		page.type("c-" + world.code("REG") + ".A", "5");
		page.type("c-" + world.code("REG") + ".B", "3");
		page.type("c-" + world.code("EFF"), "9");
		page.type("c-" + world.code("ELIG"), "100");
		WebElement before = driver.findElement(By.id("report-form"));
		page.click(By.id("save-draft"));
		page.until(ExpectedConditions.stalenessOf(before));
		page.waitFor(By.id("issue-summary"));
		// Two errors: the text in a number cell, and more effective models than
		// registered.
		assertThat(driver.findElement(By.id("issue-summary")).getText()).startsWith("Còn 2 lỗi");
		assertThat(page.shown("problem")).isNull();
		assertThat(driver.findElement(By.id("c-" + world.code("MEM"))).getAttribute("value")).isEqualTo("abc");
		assertThat(this.submissions.content(submission).raw()).containsEntry(world.code("MEM"), "abc");
		assertThat(saved(submission, world.code("REG") + ".A", "5")).isTrue();

		// Saved by the script with two errors left (of which > total, rate above 100 %).
		page.type("c-" + world.code("MEM"), "120");
		await().atMost(Duration.ofSeconds(20)).until(() -> saved(submission, world.code("MEM"), "120"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page.shown("issue-summary"))
				.isEqualTo("Còn 2 lỗi và 0 cảnh báo cần xem lại trước khi nộp."));
		assertThat(page.shown("problem")).isNull();
		String live = page.shown("issue-summary");
		page.open("/reporting/submissions/" + submission.id());
		assertThat(page.shown("issue-summary")).isEqualTo(live);
		assertThat(page.shown("problem")).isNull();

		// Saved by the script with nothing left to correct.
		page.type("c-" + world.code("EFF"), "7");
		page.type("c-" + world.code("MEM"), "80");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> saved(submission, world.code("MEM"), "80") && saved(submission, world.code("EFF"), "7"));
		await().atMost(Duration.ofSeconds(10)).until(() -> page.shown("issue-summary") == null);
		assertThat(driver.findElement(By.id("m-" + world.code("EFF"))).getText()).isEmpty();
		page.screenshot("reporting-4-corrected-and-saved");
		page.open("/reporting/submissions/" + submission.id());
		assertThat(page.shown("issue-summary")).isNull();
		assertThat(page.shown("problem")).isNull();
		assertThat(driver.findElement(By.id("c-" + world.code("MEM"))).getAttribute("value")).isEqualTo("80");
	}

	@Test
	void invalidTextTypedOnOneComputerIsInItsCellOnAnother(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		Submission submission = communesFirstHalfReport(world, 2042);
		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		page.type("c-" + world.code("REG") + ".A", "4");
		page.type("c-" + world.code("MEM"), "mười hai");
		page.type("c-" + world.code("ELIG"), "40");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "mười hai".equals(this.submissions.content(submission).raw().get(world.code("MEM")))
					&& saved(submission, world.code("ELIG"), "40"));

		// Another computer: a new session, nothing kept in the browser.
		page.script("window.localStorage.clear();");
		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + submission.id());
		WebElement members = page.waitFor(By.id("c-" + world.code("MEM")));
		assertThat(members.getAttribute("value")).isEqualTo("mười hai");
		assertThat(members.getAttribute("class")).contains("is-invalid");
		assertThat(page.shown("restored")).isNull();
		assertThat(driver.findElement(By.id("issue-list")).getText())
			.contains("Số hội viên: \"mười hai\" không phải là số");
		assertThat(driver.findElement(By.id("error-count")).getText()).isEqualTo("1 lỗi");
		assertThat(driver.findElement(By.id("c-" + world.code("ELIG"))).getAttribute("value")).isEqualTo("40");
		page.screenshot("reporting-5-invalid-text-on-another-computer");

		// It cannot be handed in.
		page.click(By.id("submit-report"));
		page.confirm();
		page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem"), "Không thể nộp: còn 1 lỗi"));
		assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("Nháp");
		assertThat(this.submissions.get(world.signedIn(world.communeOfficer), submission.id()).state())
			.isEqualTo(SubmissionState.DRAFT);
	}

	/**
	 * The commune's report of the period "Sơ kết 6 tháng đầu năm {@code year}", opened by
	 * the province.
	 */
	private Submission communesFirstHalfReport(ReportingFixture world, int year) {
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm " + year, LocalDate.of(year - 1, 12, 15),
				LocalDate.of(year, 6, 14), LocalDate.of(year, 6, 20));
		return this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune).orElseThrow();
	}

	private boolean saved(Submission submission, String key, String value) {
		BigDecimal number = this.submissions.content(submission).numbers().get(key);
		return number != null && number.compareTo(new BigDecimal(value)) == 0;
	}

}

package vn.danvan.reporting.submissions;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

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
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole cycle in Debian's Chromium: a commune officer fills in the report (totals and
 * the percentage appear as they type, the draft saves itself) and submits; the province
 * officer returns it with a comment; the commune corrects and resubmits; the province
 * approves; the commune can no longer edit. Screenshots in {@code target/screenshots}.
 */
@DanvanIntegrationTest
class ReportingBrowserTests {

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
	void fillSubmitReturnCorrectResubmitApproveAndLock() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2032", LocalDate.of(2031, 12, 15),
				LocalDate.of(2032, 6, 14), LocalDate.of(2032, 6, 20));
		Submission submission = this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune)
			.orElseThrow();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		signIn(wait, world.communeOfficer);
		driver.get(url("/reporting"));
		click(driver.findElement(By.linkText("Điền báo cáo")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
		type(world.code("REG") + ".A", "1.234");
		type(world.code("REG") + ".B", "6");
		type(world.code("EFF"), "10");
		type(world.code("MEM"), "120");
		type(world.code("ELIG"), "100");
		driver.findElement(By.id("n-" + world.template.sections().get(1).id())).sendKeys("Xây dựng mô hình tốt.");
		wait.until(ExpectedConditions.textToBe(By.id("c-" + world.code("REG")), "1.240"));
		wait.until(ExpectedConditions.textToBe(By.id("c-" + world.code("RATE")), "120%"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Đã lưu lúc"));
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("m-" + world.code("RATE")), "vượt quá 100"));
		screenshot("reporting-1-form-with-error");
		assertThat(this.submissions.get(world.signedIn(world.communeOfficer), submission.id()).state())
			.isEqualTo(SubmissionState.DRAFT);

		WebElement members = driver.findElement(By.id("c-" + world.code("MEM")));
		members.clear();
		members.sendKeys("abc");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("m-" + world.code("MEM")),
				"Không phải là số"));
		members.clear();
		members.sendKeys("80");
		wait.until(ExpectedConditions.textToBe(By.id("c-" + world.code("RATE")), "80%"));
		submitWithConfirmation(By.id("submit-report"));
		wait.until(ExpectedConditions.textToBe(By.id("state"), "Đã nộp"));
		assertThat(driver.findElements(By.cssSelector("#report-form .dv-cell"))).isEmpty();
		signOut(wait);

		signIn(wait, world.provinceOfficer);
		driver.get(url("/reporting/periods/" + period.id()));
		assertThat(driver.findElement(By.id("handed-in")).getText()).isEqualTo("1/2");
		click(driver.findElement(By.linkText("Xã Bình An " + world.prefix)));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review")));
		driver.findElement(By.id("return-comment")).sendKeys("Số hội viên chưa khớp với Hội Nông dân.");
		click(driver.findElement(By.id("return")));
		wait.until(ExpectedConditions.textToBe(By.id("state"), "Trả lại"));
		signOut(wait);

		signIn(wait, world.communeOfficer);
		driver.get(url("/reporting/submissions/" + submission.id()));
		assertThat(driver.findElement(By.id("returned-comment")).getText())
			.contains("Số hội viên chưa khớp với Hội Nông dân.");
		members = driver.findElement(By.id("c-" + world.code("MEM")));
		members.clear();
		members.sendKeys("90");
		wait.until(ExpectedConditions.textToBe(By.id("c-" + world.code("RATE")), "90%"));
		submitWithConfirmation(By.id("submit-report"));
		wait.until(ExpectedConditions.textToBe(By.id("state"), "Đã nộp"));
		signOut(wait);

		signIn(wait, world.provinceOfficer);
		driver.get(url("/reporting/submissions/" + submission.id()));
		submitWithConfirmation(By.id("approve"));
		wait.until(ExpectedConditions.textToBe(By.id("state"), "Đã duyệt"));
		screenshot("reporting-2-approved-by-province");
		signOut(wait);

		signIn(wait, world.communeOfficer);
		driver.get(url("/reporting/submissions/" + submission.id()));
		assertThat(driver.findElement(By.id("locked")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector(".dv-cell"))).isEmpty();
		assertThat(driver.findElements(By.id("submit-report"))).isEmpty();
		assertThat(driver.findElement(By.id("c-" + world.code("MEM"))).getText()).isEqualTo("90");
		screenshot("reporting-3-locked-for-commune");
		assertThat(this.submissions.get(world.signedIn(world.communeOfficer), submission.id()).state())
			.isEqualTo(SubmissionState.APPROVED);
	}

	@Test
	void whatWasTypedJustBeforeLeavingThePageIsKept() {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2034", LocalDate.of(2033, 12, 15),
				LocalDate.of(2034, 6, 14), LocalDate.of(2034, 6, 20));
		Submission submission = this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune)
			.orElseThrow();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		signIn(wait, world.communeOfficer);
		driver.get(url("/reporting/submissions/" + submission.id()));
		type(world.code("ELIG"), "4.321");
		driver.get(url("/reporting"));
		wait.until((d) -> this.submissions.content(submission).numbers().containsKey(world.code("ELIG")));
		driver.get(url("/reporting/submissions/" + submission.id()));
		assertThat(driver.findElement(By.id("c-" + world.code("ELIG"))).getAttribute("value")).isEqualTo("4.321");
		assertThat(this.submissions.revisions(world.signedIn(world.communeOfficer), submission.id())).singleElement()
			.satisfies((r) -> assertThat(r.source()).isEqualTo("AUTOSAVE"));
	}

	@Test
	void bannersOfARefusedSaveGoOnceTheCorrectedValuesAreSaved() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2036", LocalDate.of(2035, 12, 15),
				LocalDate.of(2036, 6, 14), LocalDate.of(2036, 6, 20));
		Submission submission = this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune)
			.orElseThrow();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		signIn(wait, world.communeOfficer);
		driver.get(url("/reporting/submissions/" + submission.id()));
		// The text first: every autosave is refused from then on, nothing saved early.
		type(world.code("MEM"), "abc");
		type(world.code("REG") + ".A", "5");
		type(world.code("REG") + ".B", "3");
		type(world.code("EFF"), "9");
		type(world.code("ELIG"), "100");
		click(driver.findElement(By.id("save-draft")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem"),
				"Chưa lưu: có 1 giá trị không hợp lệ"));
		assertThat(driver.findElement(By.id("issue-summary")).getText()).startsWith("Còn 1 lỗi");
		assertThat(this.submissions.content(submission).numbers()).isEmpty();

		// Saved by the script with two errors left (of which > total, rate above 100 %).
		type(world.code("MEM"), "120");
		await().atMost(Duration.ofSeconds(20)).until(() -> saved(submission, world.code("MEM"), "120"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(shown("issue-summary"))
				.isEqualTo("Còn 2 lỗi và 0 cảnh báo cần xem lại trước khi nộp."));
		assertThat(shown("problem")).isNull();
		String live = shown("issue-summary");
		driver.get(url("/reporting/submissions/" + submission.id()));
		assertThat(shown("issue-summary")).isEqualTo(live);
		assertThat(shown("problem")).isNull();

		// Saved by the script with nothing left to correct.
		type(world.code("EFF"), "7");
		type(world.code("MEM"), "80");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> saved(submission, world.code("MEM"), "80") && saved(submission, world.code("EFF"), "7"));
		await().atMost(Duration.ofSeconds(10)).until(() -> shown("issue-summary") == null);
		assertThat(driver.findElement(By.id("m-" + world.code("EFF"))).getText()).isEmpty();
		screenshot("reporting-4-corrected-and-saved");
		driver.get(url("/reporting/submissions/" + submission.id()));
		assertThat(shown("issue-summary")).isNull();
		assertThat(shown("problem")).isNull();
		assertThat(driver.findElement(By.id("c-" + world.code("MEM"))).getAttribute("value")).isEqualTo("80");
	}

	private boolean saved(Submission submission, String key, String value) {
		BigDecimal number = this.submissions.content(submission).numbers().get(key);
		return number != null && number.compareTo(new BigDecimal(value)) == 0;
	}

	/**
	 * The text of the element with this id when it is on the page and displayed,
	 * otherwise {@code null}.
	 */
	private static String shown(String id) {
		return driver.findElements(By.id(id))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.findFirst()
			.orElse(null);
	}

	private void type(String key, String value) {
		WebElement cell = driver.findElement(By.id("c-" + key));
		scrollTo(cell);
		cell.clear();
		cell.sendKeys(value);
	}

	private void click(WebElement element) {
		scrollTo(element);
		element.click();
	}

	private void submitWithConfirmation(By button) {
		WebElement element = driver.findElement(button);
		scrollTo(element);
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
	}

	private static void scrollTo(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
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

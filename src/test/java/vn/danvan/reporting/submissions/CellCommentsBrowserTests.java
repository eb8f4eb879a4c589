package vn.danvan.reporting.submissions;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
 * A comment on a cell in Chromium (issue 20): the province officer reviewing a handed-in
 * report comments on the members' cell and returns it; the commune's officer finds the
 * comment beside that cell and in the list of comments, by the reviewer's name, and marks
 * it answered (htmx: only the comment changes). Screenshots in
 * {@code target/screenshots}.
 */
@BrowserTest
class CellCommentsBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Test
	void theReviewerCommentsOnACellAndTheUnitSeesItBesideTheCellAfterTheReturn(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		SignedInUser commune = world.signedIn(world.communeOfficer);
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2044", LocalDate.of(2043, 12, 15),
				LocalDate.of(2044, 6, 14), LocalDate.of(2044, 6, 20));
		Submission report = this.submissions.find(commune, period.id(), world.commune).orElseThrow();
		report = this.submissions.save(commune, report.id(), report.version(),
				Map.of(world.code("REG") + ".A", "5", world.code("MEM"), "60", world.code("ELIG"), "90"), Map.of(),
				"FORM");
		this.submissions.submit(commune, report.id(), report.version());
		String members = world.code("MEM");

		page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + report.id());
		new Select(page.waitFor(By.id("comment-cell"))).selectByValue(members);
		driver.findElement(By.id("comment-text")).sendKeys("Số hội viên chưa khớp với sổ của Hội Nông dân");
		page.click(By.id("comment-write"));
		page.until(ExpectedConditions.visibilityOfElementLocated(By.id("cc-" + members)));
		assertThat(driver.findElement(By.id("comment-list")).getText())
			.contains("Số hội viên chưa khớp với sổ của Hội Nông dân");
		page.type("return-comment", "Đề nghị xem lại các ô có nhận xét.");
		page.click(By.id("return"));
		page.until(ExpectedConditions.textToBe(By.id("state"), "Trả lại"));
		page.signOut();

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/reporting/submissions/" + report.id());
		String beside = page.waitFor(By.id("cc-" + members)).getText();
		String reviewer = "Cán bộ " + world.provinceOfficer;
		assertThat(beside).contains("Số hội viên chưa khớp với sổ của Hội Nông dân", reviewer);
		assertThat(driver.findElement(By.id("comments")).getText()).contains("1 chưa trả lời", reviewer);
		page.screenshot("cell-comment-1-beside-the-cell");
		var answer = driver.findElement(By.cssSelector("#comment-list button[id^='answer-']"));
		String commentId = answer.getAttribute("id").substring("answer-".length());
		page.script("window.danvanNotReloaded = true;");
		page.click(answer);
		page.until(ExpectedConditions.visibilityOfElementLocated(By.id("answered-" + commentId)));
		assertThat(driver.findElement(By.id("answered-" + commentId)).getText()).startsWith("Đã trả lời: Cán bộ");
		assertThat(driver.findElements(By.id("answer-" + commentId))).isEmpty();
		page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments-title"), "0 chưa trả lời"));
		// Only the comment changed: the page was not reloaded.
		assertThat(page.script("return window.danvanNotReloaded === true;")).isEqualTo(true);
		assertThat(driver.findElement(By.id("c-" + members)).getAttribute("value")).isEqualTo("60");
		page.screenshot("cell-comment-2-answered");
	}

}

package vn.danvan.reporting.submissions;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's state looks the same on every page that shows it (issue 20): one badge per
 * state with a colour of its own, "Quá hạn" only for a report not handed in by the
 * deadline and "Nộp muộn" for one handed in after it, every badge readable (contrast of
 * at least 4.5:1, WCAG AA). Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class ReportStateBadgesBrowserTests {

	static final List<String> KINDS = List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "OVERDUE",
			"HANDED_IN_LATE");

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
	void everyStateHasItsBadgeOnEveryPage() throws IOException {
		ReportingFixture world = this.fixtures.create();
		// A period long past its deadline: one commune hands in late, the other not at
		// all.
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2021", LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10));
		SignedInUser commune = world.signedIn(world.communeOfficer);
		Submission late = this.submissions.find(commune, period.id(), world.commune).orElseThrow();
		late = this.submissions.save(commune, late.id(), late.version(),
				Map.of(world.code("REG") + ".A", "2", world.code("REG") + ".B", "1"), Map.of(), "FORM");
		this.submissions.submit(commune, late.id(), late.version());
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		this.page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		driver.get(this.page.url("/reporting/periods/" + period.id()));
		WebElement handedIn = row(world.commune);
		assertThat(kinds(handedIn)).containsExactly("SUBMITTED", "HANDED_IN_LATE");
		assertThat(handedIn.getText()).contains("Đã nộp").contains("Nộp muộn").doesNotContain("Quá hạn");
		WebElement notHandedIn = row(world.otherCommune);
		assertThat(kinds(notHandedIn)).containsExactly("NOT_STARTED", "OVERDUE");
		assertThat(notHandedIn.getText()).contains("Quá hạn").doesNotContain("Nộp muộn");
		this.page.screenshot("badges-1-period-1366");
		driver.manage().window().setSize(new Dimension(390, 844));
		this.page.screenshot("badges-2-period-390");
		driver.manage().window().setSize(new Dimension(1366, 900));

		// The report itself: its state, and late rather than overdue.
		driver.get(this.page.url("/reporting/submissions/" + late.id()));
		assertThat(driver.findElement(By.id("state")).getAttribute("class")).contains("dv-state-SUBMITTED");
		assertThat(driver.findElement(By.id("handed-in-late")).getText()).isEqualTo("Nộp muộn");
		assertThat(driver.findElements(By.id("late"))).isEmpty();
		this.submissions.returnToUnit(world.signedIn(world.provinceOfficer), late.id(), "Thiếu số liệu.", null);
		driver.get(this.page.url("/reporting/submissions/" + late.id()));
		assertThat(driver.findElement(By.id("state")).getAttribute("class")).contains("dv-state-RETURNED");

		// The commune's home page and its reports: the same badge.
		this.page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		assertThat(driver.findElement(By.id("to-hand-in-" + late.id()))
			.findElement(By.cssSelector(".dv-state"))
			.getAttribute("class")).contains("dv-state-RETURNED");
		driver.get(this.page.url("/reporting"));
		assertThat(driver.findElements(By.cssSelector(".dv-state-RETURNED"))).isNotEmpty();

		// Every kind, side by side: distinct colours, each readable.
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> looks = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("""
				function lum(c) {
				  var v = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(function (x) {
				    x = x / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
				  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
				}
				return arguments[0].map(function (kind) {
				  var span = document.createElement('span');
				  span.className = 'badge dv-state dv-state-' + kind;
				  span.textContent = kind;
				  document.querySelector('main').appendChild(span);
				  var style = getComputedStyle(span);
				  var a = lum(style.backgroundColor), b = lum(style.color);
				  return { kind: kind, background: style.backgroundColor,
				           contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
				});""", KINDS);
		assertThat(looks).hasSize(KINDS.size());
		assertThat(looks.stream().map((l) -> l.get("background")).distinct()).hasSize(KINDS.size());
		looks.forEach((l) -> assertThat(((Number) l.get("contrast")).doubleValue()).as(l.get("kind") + " contrast")
			.isGreaterThanOrEqualTo(4.5));
	}

	private List<String> kinds(WebElement row) {
		return row.findElements(By.cssSelector(".dv-state"))
			.stream()
			.map((badge) -> badge.getAttribute("class").replaceAll(".*dv-state-(\\S+).*", "$1"))
			.toList();
	}

	private WebElement row(long unitId) {
		return driver.findElement(By.cssSelector("#statuses tr[data-unit='" + unitId + "']"));
	}

}

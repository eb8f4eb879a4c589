package vn.danvan.reporting.submissions;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.BreakdownDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.ItemDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report form as an officer meets it on a long report (issue 20): the problems listed
 * with links that take one to each cell, the sections and the count of filled cells in a
 * bar that stays at hand, the count kept as one types; and how long typing takes to be
 * saved. Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class ReportFormAtHandBrowserTests {

	WebDriver driver;

	BrowserPage page;

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@BeforeEach
	void usePage(BrowserPage page) {
		this.page = page;
		this.driver = page.driver();
	}

	@Test
	void problemsAreListedWithLinksToTheirCellsAndTheIndexStaysAtHand() throws IOException {
		ReportingFixture world = this.fixtures.create();
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2038", LocalDate.of(2037, 12, 15),
				LocalDate.of(2038, 6, 14), LocalDate.of(2038, 6, 20));
		Submission submission = this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune)
			.orElseThrow();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		this.page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		driver.get(this.page.url("/reporting/submissions/" + submission.id()));

		// Six cells a person enters: two fields of REG, EFF, MEM, ELIG and the note.
		assertThat(driver.findElement(By.id("filled-count")).getText()).isEqualTo("0/6 ô đã điền");
		type(world.code("REG") + ".A", "5");
		assertThat(driver.findElement(By.id("filled-count")).getText()).isEqualTo("1/6 ô đã điền");
		type(world.code("REG") + ".B", "3");
		type(world.code("EFF"), "9");
		type(world.code("MEM"), "abc");
		assertThat(driver.findElement(By.id("filled-count")).getText()).isEqualTo("4/6 ô đã điền");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issues")));
		// The draft keeps the text (issue 20: work never lost) and the server lists it.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Đã lưu lúc"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("issue-list"),
				"Số hội viên: \"abc\" không phải là số"));
		// Leaving the cell of EFF saved it at once: more effective models than
		// registered, the server's check.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("issue-list"), "Số mô hình hiệu quả:"));
		assertThat(driver.findElement(By.id("error-count")).getText()).isEqualTo("2 lỗi");

		// From the bottom of the page: the bar is still in view, its error count leads to
		// the list, the list to
		// the cell, focused.
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
		assertInView("form-index");
		driver.findElement(By.id("error-count")).click();
		wait.until((d) -> inView("issues"));
		this.page.screenshot("form-at-hand-0-issue-list-1280");
		driver.findElement(By.partialLinkText("Số hội viên")).click();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("c-" + world.code("MEM"));

		// Corrected: only the server's own check is left.
		type(world.code("MEM"), "80");
		wait.until(ExpectedConditions
			.not(ExpectedConditions.textToBePresentInElementLocated(By.id("issue-list"), "Số hội viên")));
		assertThat(driver.findElement(By.id("issue-summary")).getText())
			.isEqualTo("Còn 1 lỗi và 0 cảnh báo cần xem lại trước khi nộp.");
		this.page.screenshot("form-at-hand-1-issues-1366");

		// A section link of the index takes one to the section, the bar still in view.
		WebElement link = driver.findElements(By.cssSelector("#form-index .dv-section-link")).get(2);
		link.click();
		wait.until((d) -> d.getCurrentUrl().endsWith(link.getAttribute("href").replaceFirst("^[^#]*", "")));
		assertInView("form-index");

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.navigate().refresh();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issue-list")));
		assertThat(driver.findElement(By.id("filled-count")).getText()).isEqualTo("4/6 ô đã điền");
		this.page.screenshot("form-at-hand-3-top-390");
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 1200)");
		assertInView("form-index");
		this.page.screenshot("form-at-hand-2-index-390");
		driver.manage().window().setSize(new Dimension(1366, 900));
	}

	/**
	 * Typing to "Đã lưu": from the last keystroke of an edit to the status saying the
	 * server has it, over several edits (printed; the bound is generous, the figure is
	 * what matters).
	 */
	@Test
	void typingIsSavedQuickly() {
		ReportingFixture world = this.fixtures.create();
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2040", LocalDate.of(2039, 12, 15),
				LocalDate.of(2040, 6, 14), LocalDate.of(2040, 6, 20));
		measureTyping(world, period, List.of(world.code("ELIG"), world.code("MEM")), "6 cells", false);
	}

	/**
	 * The same on a form of 200 cells (40 indicators of five fields each, in four
	 * sections), the size issue 20 asks to stay under 500 ms at p95.
	 */
	@Test
	void typingIsSavedQuicklyOnAFormOf200Cells() {
		ReportingFixture world = this.fixtures.create();
		SignedInUser admin = world.signedIn("admin");
		List<ItemDefinition> items = List.of(new ItemDefinition("A", "Nông dân"), new ItemDefinition("B", "Phụ nữ"),
				new ItemDefinition("C", "Thanh niên"), new ItemDefinition("D", "Cựu chiến binh"),
				new ItemDefinition("E", "Mặt trận"));
		this.catalogue.defineBreakdown(admin, new BreakdownDefinition(world.code("ORG"), "Tổ chức", items));
		List<SectionDefinition> sections = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (int section = 0; section < 4; section++) {
			List<String> codes = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				String code = world.code("BIG" + section + "_" + i);
				this.catalogue.defineIndicator(admin,
						new IndicatorDefinition(code, "Chỉ tiêu " + (section * 10 + i + 1), "người", ValueType.INTEGER,
								Aggregation.SUM, world.code("ORG"), null, null, false, null, null, ""));
				codes.add(code);
				items.forEach((item) -> keys.add(code + "." + item.code()));
			}
			sections.add(new SectionDefinition(1, (section + 1) + ".", "Phần " + (section + 1), "", false, codes));
		}
		TemplateStructure big = this.catalogue.defineTemplate(admin, new TemplateDefinition(world.code("BIG"),
				"Báo cáo 200 ô " + world.prefix, "", List.of("COMMUNE"), List.of(), sections));
		assertThat(keys).hasSize(200);
		Period period = this.periods.open(world.signedIn(world.provinceOfficer),
				new OpenPeriod(big.template().id(), PeriodType.SIX_MONTH, "Sơ kết 2044", LocalDate.of(2044, 1, 1),
						LocalDate.of(2044, 6, 30), LocalDate.of(2044, 7, 10), List.of(world.province)));
		List<String> cells = List.of(keys.get(0), keys.get(77), keys.get(150), keys.get(199));
		measureTyping(world, period, cells, "200 cells, staying in the cell", false);
		measureTyping(world, period, cells, "200 cells, then Tab to the next", true);
	}

	private void measureTyping(ReportingFixture world, Period period, List<String> cells, String form,
			boolean leaveCell) {
		Submission submission = this.submissions.find(world.signedIn(world.communeOfficer), period.id(), world.commune)
			.orElseThrow();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		this.page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		driver.get(this.page.url("/reporting/submissions/" + submission.id()));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(
				"""
						window.dvLatencies = []; var last = 0; var status = document.getElementById('save-status');
						document.addEventListener('input', function () { last = performance.now(); }, true);
						new MutationObserver(function () {
						  if (last && status.textContent.indexOf('Đã lưu') === 0) { dvLatencies.push(performance.now() - last); last = 0; }
						}).observe(status, { childList: true, characterData: true, subtree: true });""");
		int edits = 20;
		for (int i = 1; i <= edits; i++) {
			int before = i - 1;
			// Typed over what the cell holds (select all, then the digits): no "clear"
			// that
			// would save on its own.
			WebElement cell = driver.findElement(By.id("c-" + cells.get(i % cells.size())));
			js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", cell);
			cell.click();
			cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(100 + i));
			if (leaveCell) {
				driver.switchTo().activeElement().sendKeys(Keys.TAB);
			}
			wait.until((d) -> ((Number) js.executeScript("return dvLatencies.length")).intValue() > before);
		}
		List<Double> latencies = new ArrayList<>();
		for (Object value : (List<?>) js.executeScript("return dvLatencies")) {
			latencies.add(((Number) value).doubleValue());
		}
		Collections.sort(latencies);
		double p50 = latencies.get((int) Math.ceil(0.5 * latencies.size()) - 1);
		double p95 = latencies.get((int) Math.ceil(0.95 * latencies.size()) - 1);
		System.out.printf("Typing to \"Đã lưu\" on a form of %s over %d edits: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
				form, latencies.size(), p50, p95, latencies.get(latencies.size() - 1));
		assertThat(latencies).hasSize(edits);
		assertThat(p95).isLessThan(5000);
	}

	private boolean inView(String id) {
		return (Boolean) ((JavascriptExecutor) driver).executeScript(
				"var r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
				id);
	}

	private void assertInView(String id) {
		Number top = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
		assertThat(top.doubleValue()).isBetween(-1.0, 80.0);
	}

	private void type(String key, String value) {
		WebElement cell = driver.findElement(By.id("c-" + key));
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", cell);
		cell.clear();
		cell.sendKeys(value);
	}

}

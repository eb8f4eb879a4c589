package vn.danvan.web;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One date input everywhere (issue 20): a text field that shows and takes
 * {@code dd/MM/yyyy} whatever the browser's language, tidies what is typed, says in
 * Vietnamese when it is not a date, and whose dates the server reads as typed (01/03 is
 * March). Shown on the form that opens a reporting period; screenshots in
 * {@code target/screenshots}.
 */
@BrowserTest
class DateInputBrowserTests {

	WebDriver driver;

	BrowserPage page;

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Periods periods;

	@BeforeEach
	void usePage(BrowserPage page) {
		this.page = page;
		this.driver = page.driver();
	}

	@Test
	void datesAreTypedAndReadAsDayMonthYear() throws IOException {
		ReportingFixture world = this.fixtures.create();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		this.page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		driver.get(this.page.url("/reporting/periods/new"));
		WebElement from = driver.findElement(By.id("windowFrom"));
		assertThat(from.getAttribute("type")).isEqualTo("text");
		assertThat(from.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
		assertThat(driver.findElements(By.cssSelector("input[type=date]"))).isEmpty();

		from.sendKeys("1/3/2041", Keys.TAB);
		assertThat(from.getAttribute("value")).isEqualTo("01/03/2041");
		WebElement to = driver.findElement(By.id("windowTo"));
		to.sendKeys("31/02/2041", Keys.TAB);
		assertThat(validationMessage(to))
			.isEqualTo("Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 01/03/2025.");
		assertThat(to.getAttribute("class")).contains("is-invalid");
		to.clear();
		to.sendKeys("31/08/2041", Keys.TAB);
		assertThat(validationMessage(to)).isEmpty();
		WebElement deadline = driver.findElement(By.id("deadline"));
		deadline.sendKeys("10092041", Keys.TAB);
		assertThat(deadline.getAttribute("value")).isEqualTo("10/09/2041");
		new Select(driver.findElement(By.id("templateId")))
			.selectByValue(String.valueOf(world.template.template().id()));
		driver.findElement(By.id("name")).sendKeys("Sơ kết 6 tháng 2041");
		click(driver.findElement(By.id("unit-" + world.province)));
		this.page.screenshot("date-input-1-period-form-1366");
		driver.manage().window().setSize(new Dimension(390, 844));
		this.page.screenshot("date-input-2-period-form-390");
		driver.manage().window().setSize(new Dimension(1280, 900));
		click(driver.findElement(By.id("open")));

		wait.until(ExpectedConditions.urlMatches(".*/reporting/periods/\\d+$"));
		long id = Long.parseLong(driver.getCurrentUrl().replaceFirst(".*/", ""));
		Period period = this.periods.get(world.signedIn(world.provinceOfficer), id);
		assertThat(period.windowFrom()).isEqualTo(LocalDate.of(2041, 3, 1));
		assertThat(period.windowTo()).isEqualTo(LocalDate.of(2041, 8, 31));
		assertThat(period.deadline()).isEqualTo(LocalDate.of(2041, 9, 10));
	}

	private String validationMessage(WebElement field) {
		return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].validationMessage", field);
	}

	private void click(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

}

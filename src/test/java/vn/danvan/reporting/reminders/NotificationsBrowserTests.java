package vn.danvan.reporting.reminders;

import java.io.IOException;
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
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune officer reminded by the province sees the bell, opens the notifications and
 * marks them read. Screenshots go to {@code target/screenshots}.
 */
@DanvanIntegrationTest
class NotificationsBrowserTests {

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
	Reminders reminders;

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
	void aRemindedOfficerSeesTheBellAndMarksTheNotificationsRead() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		LocalDate deadline = LocalDate.of(2043, 12, 20);
		Period first = world.openPeriod("Năm 2043", deadline.minusDays(350), deadline.minusDays(10), deadline);
		Period second = world.openPeriod("6 tháng cuối năm 2043", deadline.minusDays(170), deadline.minusDays(10),
				deadline);
		this.reminders.sendManual(world.signedIn(world.provinceOfficer), first.id());
		this.reminders.sendManual(world.signedIn(world.provinceOfficer), second.id());
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(world.communeOfficer);
		driver.findElement(By.id("password")).sendKeys(ReportingFixture.PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-unread")));
		assertThat(driver.findElement(By.id("nav-unread")).getText()).isEqualTo("2");

		click(driver.findElement(By.id("nav-notifications")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications")));
		assertThat(driver.findElements(By.cssSelector("#notifications .dv-unread"))).hasSize(2);
		assertThat(driver.findElement(By.id("notifications")).getText())
			.contains("Nhắc nộp báo cáo “Báo cáo thử " + world.prefix + "”, kỳ “6 tháng cuối năm 2043”")
			.contains("Hạn nộp: 20/12/2043");
		browser.screenshot("notifications-unread");

		WebElement firstItem = driver.findElements(By.cssSelector("#notifications li")).get(0);
		click(firstItem.findElement(By.cssSelector("button[type=submit]")));
		wait.until(ExpectedConditions.textToBe(By.id("nav-unread"), "1"));
		assertThat(driver.findElements(By.cssSelector("#notifications .dv-unread"))).hasSize(1);

		click(driver.findElement(By.cssSelector("#mark-all-read button")));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-unread")));
		assertThat(driver.findElements(By.cssSelector("#notifications .dv-unread"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Đã đánh dấu tất cả thông báo là đã đọc.");
		browser.screenshot("notifications-read");
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

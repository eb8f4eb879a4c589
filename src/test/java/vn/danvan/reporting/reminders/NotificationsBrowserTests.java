package vn.danvan.reporting.reminders;

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
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune officer reminded by the province sees the bell, opens the notifications and
 * marks them read. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest
class NotificationsBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Reminders reminders;

	@Test
	void aRemindedOfficerSeesTheBellAndMarksTheNotificationsRead(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = this.fixtures.create();
		LocalDate deadline = LocalDate.of(2043, 12, 20);
		Period first = world.openPeriod("Năm 2043", deadline.minusDays(350), deadline.minusDays(10), deadline);
		Period second = world.openPeriod("6 tháng cuối năm 2043", deadline.minusDays(170), deadline.minusDays(10),
				deadline);
		this.reminders.sendManual(world.signedIn(world.provinceOfficer), first.id());
		this.reminders.sendManual(world.signedIn(world.provinceOfficer), second.id());

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.waitFor(By.id("nav-unread"));
		assertThat(driver.findElement(By.id("nav-unread")).getText()).isEqualTo("2");

		page.click(By.id("nav-notifications"));
		page.waitFor(By.id("notifications"));
		assertThat(driver.findElements(By.cssSelector("#notifications .dv-unread"))).hasSize(2);
		assertThat(driver.findElement(By.id("notifications")).getText())
			.contains("Nhắc nộp báo cáo “Báo cáo thử " + world.prefix + "”, kỳ “6 tháng cuối năm 2043”")
			.contains("Hạn nộp: 20/12/2043");
		page.screenshot("notifications-unread");

		WebElement firstItem = driver.findElements(By.cssSelector("#notifications li")).get(0);
		page.click(firstItem.findElement(By.cssSelector("button[type=submit]")));
		page.until(ExpectedConditions.textToBe(By.id("nav-unread"), "1"));
		assertThat(driver.findElements(By.cssSelector("#notifications .dv-unread"))).hasSize(1);

		page.click(By.cssSelector("#mark-all-read button"));
		page.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-unread")));
		assertThat(driver.findElements(By.cssSelector("#notifications .dv-unread"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Đã đánh dấu tất cả thông báo là đã đọc.");
		page.screenshot("notifications-read");
	}

}

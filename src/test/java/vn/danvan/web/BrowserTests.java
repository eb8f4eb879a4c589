package vn.danvan.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does, in Debian's Chromium: sign in, change the password, sign out, sign
 * in with the new one. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest
class BrowserTests {

	@Autowired
	Accounts accounts;

	@Test
	void signInChangePasswordSignOut(BrowserPage page) {
		WebDriver driver = page.driver();
		String username = "trinhduyet-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Nguyễn Thị Hoà", "hoa@danvan.vn", "Mat-khau-ban-dau-1",
				Set.of(Role.COMMISSION_OFFICER), null), "test");

		driver.manage().deleteAllCookies();
		page.open("/login?lang=vi");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("sai-mat-khau");
		driver.findElement(By.id("sign-in")).click();
		page.waitFor(By.id("login-error"));
		assertThat(driver.findElement(By.id("login-error")).getText())
			.isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.");
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);

		page.signIn(username, "Mat-khau-ban-dau-1");
		assertThat(driver.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào, Nguyễn Thị Hoà");
		assertThat(driver.findElement(By.id("home-roles")).getText()).contains("Chuyên viên Ban");
		page.screenshot("home");

		driver.findElement(By.id("nav-password")).click();
		page.waitFor(By.id("currentPassword"));
		driver.findElement(By.id("currentPassword")).sendKeys("Mat-khau-ban-dau-1");
		driver.findElement(By.id("newPassword")).sendKeys("ngan");
		driver.findElement(By.id("confirmPassword")).sendKeys("ngan");
		driver.findElement(By.id("save-password")).click();
		page.waitFor(By.id("newPassword-error"));
		assertThat(driver.findElement(By.id("newPassword-error")).getText())
			.isEqualTo("Mật khẩu mới phải có ít nhất 10 ký tự.");
		page.screenshot("password-too-short");

		driver.findElement(By.id("currentPassword")).sendKeys("Mat-khau-ban-dau-1");
		driver.findElement(By.id("newPassword")).sendKeys("Mật-khẩu-mới-2026");
		driver.findElement(By.id("confirmPassword")).sendKeys("Mật-khẩu-mới-2026");
		driver.findElement(By.id("save-password")).click();
		page.waitFor(By.cssSelector(".alert-success"));
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Đã đổi mật khẩu.");
		page.screenshot("password-changed");

		driver.findElement(By.id("sign-out")).click();
		page.waitFor(By.cssSelector(".alert-info"));
		assertThat(driver.findElement(By.cssSelector(".alert-info")).getText()).isEqualTo("Đã đăng xuất.");
		page.open("/");
		page.until(ExpectedConditions.urlContains("/login"));

		page.signIn(username, "Mật-khẩu-mới-2026");
		assertThat(driver.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào, Nguyễn Thị Hoà");
		driver.findElement(By.id("sign-out")).click();
		page.until(ExpectedConditions.urlContains("/login?logout"));
	}

	@Test
	void theLayoutWorksOnAPhone(BrowserPage page) {
		WebDriver driver = page.driver();
		page.resize(390, 844);
		page.signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		assertThat(driver.findElement(By.id("sign-out")).isDisplayed()).as("menu collapsed on a phone").isFalse();
		driver.findElement(By.cssSelector(".navbar-toggler")).click();
		page.waitFor(By.id("sign-out"));
		page.screenshot("home-phone");
		Long scrollWidth = (Long) page.script("return document.documentElement.scrollWidth;");
		assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(390L);
		driver.findElement(By.id("sign-out")).click();
		page.until(ExpectedConditions.urlContains("/login?logout"));
	}

	@Test
	void theFullMenuFitsEveryDesktopWidth(BrowserPage page) {
		WebDriver driver = page.driver();
		String username = "menu-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Nguyễn Thị Phương Thảo Quản Trị Viên", "menu@danvan.vn",
				"Mat-khau-ban-dau-1", Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER), null), "test");
		page.signIn(username, "Mat-khau-ban-dau-1");
		for (int width : new int[] { 1200, 1280, 1366, 1400, 1440, 1600, 1700, 1920, 2560 }) {
			page.resize(width, 900);
			page.open("/");
			page.waitFor(By.id("sign-out"));
			Object beyond = page.script(
					"return Array.from(document.querySelectorAll('header *')).filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right));");
			assertThat((List<?>) beyond).as("nothing of the menu beyond a %d px window", width).isEmpty();
			assertThat(driver.findElement(By.id("nav-directives")).isDisplayed())
				.as("the menu is open, not collapsed, at %d px", width)
				.isTrue();
		}
		page.screenshot("menu-2560");
	}

	@Test
	void theUserNameIsShownInFullAndTheAccountLinksAreLabelledAtEveryWidth(BrowserPage page) {
		WebDriver driver = page.driver();
		String username = "ten-" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Trần Thị Thu Hà Nguyễn Phương Thảo";
		this.accounts.create(new NewUser(username, name, "ten@danvan.vn", "Mat-khau-ban-dau-1",
				Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER), null), "test");
		page.signIn(username, "Mat-khau-ban-dau-1");
		for (int width : new int[] { 390, 1200, 1366, 1600, 1920 }) {
			page.resize(width, 900);
			page.open("/");
			if (width < 1200) {
				driver.findElement(By.cssSelector(".navbar-toggler")).click();
			}
			page.waitFor(By.id("sign-out"));
			WebElement shown = driver.findElement(By.cssSelector("#nav-user .dv-user-name"));
			assertThat(shown.isDisplayed()).as("the name at %d px", width).isTrue();
			assertThat(shown.getText()).as("the name at %d px", width).isEqualTo(name);
			assertThat((Boolean) page.script("var e = arguments[0]; var r = e.getBoundingClientRect();"
					+ " return e.scrollWidth <= e.clientWidth + 1 && r.width > 40 && r.right <= document.documentElement.clientWidth + 1;",
					shown))
				.as("the name not cut at %d px", width)
				.isTrue();
			assertThat(driver.findElement(By.id("nav-password")).getText()).as("at %d px", width)
				.isEqualTo("Đổi mật khẩu");
			assertThat(driver.findElement(By.id("sign-out")).getText()).as("at %d px", width).isEqualTo("Đăng xuất");
			Object beyond = page.script(
					"return Array.from(document.querySelectorAll('header *')).filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName + '#' + e.id);");
			assertThat((List<?>) beyond).as("nothing of the menu beyond a %d px window", width).isEmpty();
			if (width == 390 || width == 1366) {
				page.screenshot("menu-name-" + width);
			}
		}
	}

}

package vn.danvan.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does, in Debian's Chromium: sign in, change the password, sign out, sign
 * in with the new one. Screenshots go to {@code target/screenshots}.
 */
@DanvanIntegrationTest
class BrowserTests {

	static Browser browser;

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

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
	void signInChangePasswordSignOut() throws IOException {
		String username = "trinhduyet-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Nguyễn Thị Hoà", "hoa@danvan.vn", "Mat-khau-ban-dau-1",
				Set.of(Role.COMMISSION_OFFICER), null), "test");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("sai-mat-khau");
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(driver.findElement(By.id("login-error")).getText())
			.isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.");
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);

		signIn(wait, username, "Mat-khau-ban-dau-1");
		assertThat(driver.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào, Nguyễn Thị Hoà");
		assertThat(driver.findElement(By.id("home-roles")).getText()).contains("Chuyên viên Ban");
		screenshot("home");

		driver.findElement(By.id("nav-password")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentPassword")));
		driver.findElement(By.id("currentPassword")).sendKeys("Mat-khau-ban-dau-1");
		driver.findElement(By.id("newPassword")).sendKeys("ngan");
		driver.findElement(By.id("confirmPassword")).sendKeys("ngan");
		driver.findElement(By.id("save-password")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword-error")));
		assertThat(driver.findElement(By.id("newPassword-error")).getText())
			.isEqualTo("Mật khẩu mới phải có ít nhất 10 ký tự.");
		screenshot("password-too-short");

		driver.findElement(By.id("currentPassword")).sendKeys("Mat-khau-ban-dau-1");
		driver.findElement(By.id("newPassword")).sendKeys("Mật-khẩu-mới-2026");
		driver.findElement(By.id("confirmPassword")).sendKeys("Mật-khẩu-mới-2026");
		driver.findElement(By.id("save-password")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Đã đổi mật khẩu.");
		screenshot("password-changed");

		driver.findElement(By.id("sign-out")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-info")));
		assertThat(driver.findElement(By.cssSelector(".alert-info")).getText()).isEqualTo("Đã đăng xuất.");
		driver.get(url("/"));
		wait.until(ExpectedConditions.urlContains("/login"));

		signIn(wait, username, "Mật-khẩu-mới-2026");
		assertThat(driver.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào, Nguyễn Thị Hoà");
		driver.findElement(By.id("sign-out")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	@Test
	void theLayoutWorksOnAPhone() throws IOException {
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
			signIn(wait, "admin", DanvanIntegrationTest.ADMIN_PASSWORD);
			assertThat(driver.findElement(By.id("sign-out")).isDisplayed()).as("menu collapsed on a phone").isFalse();
			driver.findElement(By.cssSelector(".navbar-toggler")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
			screenshot("home-phone");
			Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth;");
			assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(390L);
			driver.findElement(By.id("sign-out")).click();
			wait.until(ExpectedConditions.urlContains("/login?logout"));
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void theFullMenuFitsEveryDesktopWidth() throws IOException {
		String username = "menu-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Nguyễn Thị Phương Thảo Quản Trị Viên", "menu@danvan.vn",
				"Mat-khau-ban-dau-1", Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER), null), "test");
		driver.manage().deleteAllCookies();
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
			driver.get(url("/login?lang=vi"));
			signIn(wait, username, "Mat-khau-ban-dau-1");
			for (int width : new int[] { 1200, 1280, 1366, 1400, 1440, 1600, 1700, 1920, 2560 }) {
				driver.manage().window().setSize(new Dimension(width, 900));
				driver.get(url("/"));
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
				Object beyond = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
						"return Array.from(document.querySelectorAll('header *')).filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right));");
				assertThat((java.util.List<?>) beyond).as("nothing of the menu beyond a %d px window", width).isEmpty();
				assertThat(driver.findElement(By.id("nav-directives")).isDisplayed())
					.as("the menu is open, not collapsed, at %d px", width)
					.isTrue();
			}
			screenshot("menu-2560");
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	void signIn(WebDriverWait wait, String username, String password) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	static void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}

}

package vn.danvan.units.tree;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree page in Debian's Chromium: the search answers through htmx under the
 * Content-Security-Policy, the quick link shows the tree before the reorganisation, and a
 * historical unit leads to today's. Screenshots go to {@code target/screenshots}.
 */
@DanvanIntegrationTest
class UnitsBrowserTests {

	static Browser browser;

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

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
	void searchBrowseAsOfADateAndFollowAHistoricalUnit() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username"))
			.sendKeys(RealAdministrativeUnits.centreAdministrator(this.accounts, this.units));
		driver.findElement(By.id("password")).sendKeys(RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-units")));

		driver.findElement(By.id("nav-units")).click();
		wait.until(ExpectedConditions.textToBe(By.id("child-count"), "Có 34 đơn vị trực thuộc"));
		screenshot("units-tree-today");

		driver.findElement(By.id("q")).sendKeys("dak lak");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
		assertThat(driver.findElement(By.id("search-results")).getText()).contains("Tỉnh Đắk Lắk");
		assertThat(driver.getCurrentUrl()).contains("q=dak%20lak");
		screenshot("units-search");

		driver.get(url("/units"));
		driver.findElement(By.linkText("01/03/2025 (trước sắp xếp)")).click();
		wait.until(ExpectedConditions.textToBe(By.id("child-count"), "Có 63 đơn vị trực thuộc"));
		driver.get(driver.findElement(By.linkText("Tỉnh Kon Tum")).getAttribute("href"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-unit")));
		screenshot("units-kon-tum-2025");

		driver.findElement(By.linkText("Thông tin và lịch sử")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("now-part-of")));
		assertThat(driver.findElement(By.id("now-part-of")).getText()).contains("Tỉnh Quảng Ngãi");
		screenshot("unit-kon-tum-history");
	}

	@Test
	void anAdministratorRecordsAMergeOfTwoCommunesThatAnotherProvinceCannotSee() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		LocalDate today = UnitScope.today();
		Unit hue = this.units.findByCode(UnitLevel.PROVINCE, "46", today).orElseThrow();
		List<Unit> communes = this.units.children(hue.id(), today)
			.stream()
			.filter((unit) -> unit.level() == UnitLevel.COMMUNE)
			.toList();
		Unit first = communes.get(communes.size() - 1);
		Unit second = communes.get(communes.size() - 2);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

		driver.manage().deleteAllCookies();
		signIn(wait, "admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		driver.get(url("/units/successions/new?from=" + first.id()));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("succession-form")));
		((JavascriptExecutor) driver).executeScript("document.getElementById('date').value = '2031-01-01';");
		driver.findElement(By.id("sources")).clear();
		driver.findElement(By.id("sources")).sendKeys(first.id() + ", " + second.id());
		click(By.cssSelector("input[type=checkbox][name=createTarget]"));
		new Select(driver.findElement(By.id("newKind"))).selectByValue("WARD");
		driver.findElement(By.id("newCode")).sendKeys("99946");
		driver.findElement(By.id("newName")).sendKeys("Hợp Nhất");
		driver.findElement(By.id("newFullName")).sendKeys("Phường Hợp Nhất");
		driver.findElement(By.id("newParentId")).sendKeys(Long.toString(hue.id()));
		click(By.id("preview-succession"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("succession-summary")));
		assertThat(driver.findElement(By.id("succession-summary")).getText()).contains(first.fullName())
			.contains(second.fullName())
			.contains("Phường Hợp Nhất")
			.contains("01/01/2031");
		screenshot("units-merge-confirm");
		click(By.id("confirm-succession"));
		wait.until(ExpectedConditions.urlMatches(".*/units/\\d+.*"));
		assertThat(driver.getPageSource()).contains(first.fullName()).contains(second.fullName());
		assertThat(driver.findElement(By.id("not-yet-valid")).getText()).isEqualTo("Có hiệu lực từ 01/01/2031");
		screenshot("units-merge-recorded");
		long merged = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/units/(\\d+).*", "$1"));
		assertThat(this.units.currentUnits(first.id(), LocalDate.of(2031, 1, 1))).extracting((c) -> c.unit().id())
			.containsExactly(merged);

		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow();
		Unit haNoiCommune = this.units.search("phuong ba dinh", today, haNoi.id(), UnitLevel.COMMUNE, 1).get(0);
		String officer = "xa-ba-dinh-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(officer, "Cán bộ phường Ba Đình", null, "Mat-khau-can-bo-1",
				Set.of(Role.REPORTING_OFFICER), haNoiCommune.id()), "test");
		driver.manage().deleteAllCookies();
		signIn(wait, officer, "Mat-khau-can-bo-1");
		for (long hidden : List.of(first.id(), second.id(), merged)) {
			driver.get(url("/units/" + hidden));
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title")));
			assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Không tìm thấy trang");
		}
		driver.get(url("/units?q=" + first.name().replace(' ', '+')));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-results")));
		assertThat(driver.findElement(By.id("unit-results")).getText()).doesNotContain(first.fullName());
		screenshot("units-other-province-cannot-see");
	}

	/**
	 * Clicks like a person who scrolled to the element first (at once: Bootstrap turns on
	 * smooth scrolling, and a click during the animation lands elsewhere).
	 */
	static void click(By locator) {
		var element = driver.findElement(locator);
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	void signIn(WebDriverWait wait, String username, String password) {
		driver.get(url("/login"));
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

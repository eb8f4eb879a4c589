package vn.danvan.analytics.maps;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.Units;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator uploads the real boundary file on {@code /analytics/maps} in a real
 * browser and sees the tile map and the boundary map drawn by ECharts. Screenshots go to
 * {@code target/screenshots}.
 */
@DanvanIntegrationTest
class BoundaryMapsBrowserTests {

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

	@Autowired
	BoundaryMaps maps;

	String administrator;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
		driver = browser.driver();
		// Tall enough for the screenshots to show the whole page.
		driver.manage().window().setSize(new Dimension(1280, 1700));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void setUp() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.administrator = RealAdministrativeUnits.centreAdministrator(this.accounts, this.units);
		this.maps.remove(this.accounts.principal(this.administrator).orElseThrow(), "127.0.0.1");
	}

	@Test
	void anAdministratorUploadsTheBoundaryFileAndSeesBothMaps() throws IOException {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(this.administrator);
		driver.findElement(By.id("password")).sendKeys(RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
		((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");

		assertThat(((JavascriptExecutor) driver).executeScript(
				"return Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + document.documentElement.clientWidth);"))
			.as("the administrator's menu fits a 1280 px window")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		click(By.id("nav-admin"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-maps")));
		click(By.id("nav-maps"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-boundary-map")));
		waitForMap(wait, "tiles");
		assertThat(driver.findElements(By.cssSelector(".dv-map-switch"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".dv-map-legend")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector(".dv-map-fallback"))).isEmpty();
		assertThat(((JavascriptExecutor) driver).executeScript(
				"return Array.from(document.querySelectorAll('main *')).filter((e) => e.getBoundingClientRect().right > window.innerWidth).map((e) => e.tagName + '.' + e.className);"))
			.as("nothing in the page is wider than the window")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		browser.screenshot("analytics-maps-tiles");

		driver.findElement(By.id("file"))
			.sendKeys(RealAdministrativeUnits.file("vn-34-provinces.min.geojson").toString());
		click(By.id("upload-submit"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("boundary-map-facts")));
		assertThat(driver.findElement(By.id("boundary-map-matched")).getText()).isEqualTo("34");
		assertThat(driver.findElement(By.id("boundary-map-file")).getText()).contains("vn-34-provinces.min.geojson");
		assertThat(driver.findElement(By.cssSelector("main .alert-success")).getText())
			.contains("Đã lưu bản đồ ranh giới: 34 tỉnh, thành phố có ranh giới");
		waitForMap(wait, "tiles");

		click(By.cssSelector(".dv-map-switch [data-mode='boundary']"));
		waitForMap(wait, "boundary");
		assertThat(driver.findElement(By.cssSelector(".dv-map-switch [data-mode='boundary']"))
			.getAttribute("aria-pressed")).isEqualTo("true");
		browser.screenshot("analytics-maps-boundary");

		driver.navigate().refresh();
		waitForMap(wait, "boundary");

		click(By.cssSelector(".dv-map-switch [data-mode='tiles']"));
		waitForMap(wait, "tiles");
		assertThat(severeConsoleMessages()).isEmpty();
	}

	/**
	 * Waits until ECharts finished drawing the map of that kind on its canvas.
	 */
	private void waitForMap(WebDriverWait wait, String mode) {
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".dv-province-map[data-rendered='" + mode + "'] canvas")));
		WebElement canvas = driver.findElement(By.cssSelector(".dv-province-map canvas"));
		assertThat(canvas.getSize().getWidth()).isGreaterThan(200);
		assertThat(canvas.getSize().getHeight()).isGreaterThan(300);
	}

	private List<String> severeConsoleMessages() {
		try {
			return driver.manage()
				.logs()
				.get("browser")
				.getAll()
				.stream()
				.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
				.map((entry) -> entry.getMessage())
				.toList();
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	private void click(By locator) {
		WebElement element = driver.findElement(locator);
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

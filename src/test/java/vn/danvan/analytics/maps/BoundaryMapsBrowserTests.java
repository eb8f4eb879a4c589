package vn.danvan.analytics.maps;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.accounts.Accounts;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.Units;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator uploads the real boundary file on {@code /analytics/maps} in a real
 * browser and sees the tile map and the boundary map drawn by ECharts. Screenshots go to
 * {@code target/screenshots}.
 */
@BrowserTest
class BoundaryMapsBrowserTests {

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	BoundaryMaps maps;

	String administrator;

	@BeforeEach
	void setUp(BrowserPage page) throws IOException {
		// Tall enough for the screenshots to show the whole page.
		page.resize(1280, 1700);
		RealAdministrativeUnits.importOnce(this.imports);
		this.administrator = RealAdministrativeUnits.centreAdministrator(this.accounts, this.units);
		this.maps.remove(this.accounts.principal(this.administrator).orElseThrow(), "127.0.0.1");
	}

	@Test
	void anAdministratorUploadsTheBoundaryFileAndSeesBothMaps(BrowserPage page) throws IOException {
		WebDriver driver = page.driver();
		page.timeout(Duration.ofSeconds(30));
		page.signIn(this.administrator, RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
		page.script("window.localStorage.clear();");

		assertThat(page.script(
				"return Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + document.documentElement.clientWidth);"))
			.as("the administrator's menu fits a 1280 px window")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		page.click(By.id("nav-admin"));
		page.waitFor(By.id("nav-maps"));
		page.click(By.id("nav-maps"));
		page.waitFor(By.id("no-boundary-map"));
		waitForMap(page, "tiles");
		assertThat(driver.findElements(By.cssSelector(".dv-map-switch"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".dv-map-legend")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector(".dv-map-fallback"))).isEmpty();
		assertThat(page.script(
				"return Array.from(document.querySelectorAll('main *')).filter((e) => e.getBoundingClientRect().right > window.innerWidth).map((e) => e.tagName + '.' + e.className);"))
			.as("nothing in the page is wider than the window")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		page.screenshot("analytics-maps-tiles");

		driver.findElement(By.id("file"))
			.sendKeys(RealAdministrativeUnits.file("vn-34-provinces.min.geojson").toString());
		page.click(By.id("upload-submit"));
		page.waitFor(By.id("boundary-map-facts"));
		assertThat(driver.findElement(By.id("boundary-map-matched")).getText()).isEqualTo("34");
		assertThat(driver.findElement(By.id("boundary-map-file")).getText()).contains("vn-34-provinces.min.geojson");
		assertThat(driver.findElement(By.cssSelector("main .alert-success")).getText())
			.contains("Đã lưu bản đồ ranh giới: 34 tỉnh, thành phố có ranh giới");
		waitForMap(page, "tiles");

		page.click(By.cssSelector(".dv-map-switch [data-mode='boundary']"));
		waitForMap(page, "boundary");
		assertThat(driver.findElement(By.cssSelector(".dv-map-switch [data-mode='boundary']"))
			.getAttribute("aria-pressed")).isEqualTo("true");
		page.screenshot("analytics-maps-boundary");

		driver.navigate().refresh();
		waitForMap(page, "boundary");

		page.click(By.cssSelector(".dv-map-switch [data-mode='tiles']"));
		waitForMap(page, "tiles");
		assertThat(severeConsoleMessages(page)).isEmpty();
	}

	/**
	 * Waits until ECharts finished drawing the map of that kind on its canvas.
	 */
	private static void waitForMap(BrowserPage page, String mode) {
		page.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".dv-province-map[data-rendered='" + mode + "'] canvas")));
		WebElement canvas = page.find(By.cssSelector(".dv-province-map canvas"));
		assertThat(canvas.getSize().getWidth()).isGreaterThan(200);
		assertThat(canvas.getSize().getHeight()).isGreaterThan(300);
	}

	private static List<String> severeConsoleMessages(BrowserPage page) {
		try {
			return page.driver()
				.manage()
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

}

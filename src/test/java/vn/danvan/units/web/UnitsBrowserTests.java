package vn.danvan.units.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tree page in Debian's Chromium: the search answers through htmx under the
 * Content-Security-Policy, the quick link shows the tree before the reorganisation, and a
 * historical unit leads to today's. Screenshots go to {@code target/screenshots}.
 */
@DanvanIntegrationTest
class UnitsBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static WebDriver driver;

	static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	UnitImports imports;

	@BeforeAll
	static void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: Chromium is not installed. Install it with "
						+ "'sudo apt-get install chromium chromium-driver' (Debian) to run them.");
		profile = Files.createTempDirectory("danvan-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=vi", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1280, 900));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@Test
	void searchBrowseAsOfADateAndFollowAHistoricalUnit() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys(DanvanIntegrationTest.ADMIN_PASSWORD);
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

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	static void screenshot(String name) throws IOException {
		File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}

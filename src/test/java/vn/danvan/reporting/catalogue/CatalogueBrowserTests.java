package vn.danvan.reporting.catalogue;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commission officer creates an indicator, then a template with a section holding it,
 * through the pages in Debian's Chromium (rows added and moved by the editor's script
 * under the Content-Security-Policy). Screenshots go to {@code target/screenshots}.
 */
@DanvanIntegrationTest
class CatalogueBrowserTests {

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
	void theCentresAdministratorCreatesAnIndicatorAndATemplateSectionWithIt() throws IOException {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		// The catalogue is a national setting: an administrator of the centre changes it.
		driver.findElement(By.id("username")).sendKeys(world.user(Role.ADMINISTRATOR, world.centre));
		driver.findElement(By.id("password")).sendKeys(ReportingFixture.PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-units")));

		driver.findElement(By.id("nav-report-templates")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-indicators")));
		driver.findElement(By.id("tab-indicators")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-indicator")));
		driver.findElement(By.id("new-indicator")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-form")));
		assertThat(driver.findElement(By.id("percentage-parts")).isDisplayed()).isFalse();
		new Select(driver.findElement(By.id("valueType"))).selectByValue("PERCENTAGE");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("percentage-parts")));
		new Select(driver.findElement(By.id("valueType"))).selectByValue("INTEGER");
		String code = world.code("DOI_THOAI");
		driver.findElement(By.id("code")).sendKeys(code);
		driver.findElement(By.id("name")).sendKeys("Số hội nghị đối thoại");
		driver.findElement(By.id("unitOfMeasure")).sendKeys("hội nghị");
		driver.findElement(By.id("maxValue")).sendKeys("1.000");
		click(By.id("save-indicator"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rules")));
		screenshot("catalogue-indicator");
		assertThat(this.catalogue.indicatorByCode(code)).isPresent();

		driver.get(url("/reporting/templates/new"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("template-form")));
		driver.findElement(By.id("code")).sendKeys(world.code("CHUYEN_DE"));
		driver.findElement(By.id("name")).sendKeys("Báo cáo chuyên đề đối thoại");
		click(By.id("level-COMMUNE"));
		driver.findElement(By.id("sections-0-title")).sendKeys("KẾT QUẢ THỰC HIỆN");
		click(By.id("add-row"));
		int rows = driver.findElements(By.cssSelector("[data-row]")).size();
		assertThat(rows).isEqualTo(4);
		// The new last row is moved up to be the second.
		WebElement last = driver.findElements(By.cssSelector("[data-row]")).get(rows - 1);
		last.findElement(By.cssSelector("[data-field=title]")).sendKeys("Đối thoại với Nhân dân");
		last.findElement(By.cssSelector("[data-field=label]")).sendKeys("I.");
		click(last.findElement(By.cssSelector("[data-row-action=up]")));
		click(last.findElement(By.cssSelector("[data-row-action=up]")));
		WebElement second = driver.findElements(By.cssSelector("[data-row]")).get(1);
		assertThat(second.findElement(By.cssSelector("[data-field=title]")).getAttribute("name"))
			.isEqualTo("sections[1].title");
		WebElement add = second.findElement(By.cssSelector("[data-add-indicator]"));
		add.sendKeys(code);
		((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				add);
		assertThat(second.findElement(By.cssSelector("[data-field=indicators]")).getAttribute("value")).isEqualTo(code);
		click(second.findElement(By.cssSelector("[data-field=narrative]")));
		screenshot("catalogue-template-editor");
		click(By.id("save-template"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("template-structure")));
		assertThat(driver.findElement(By.id("template-structure")).getText()).contains("I. Đối thoại với Nhân dân")
			.contains("Số hội nghị đối thoại")
			.contains("KẾT QUẢ THỰC HIỆN");
		assertThat(driver.findElement(By.id("versions")).getText()).contains("Phiên bản 1");
		screenshot("catalogue-template");
	}

	private void click(By by) {
		click(driver.findElement(by));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}

}

package vn.danvan.directives.register;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.directives.DirectiveCatalogue;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: a commission officer of a province registers a directive,
 * declares that its communes must hold the dissemination, records it done for one commune
 * and sees the matrix; then finds the references in a pasted text. Screenshots go to
 * {@code target/screenshots}.
 */
@DanvanIntegrationTest
class DirectivesBrowserTests {

	static final String PASSWORD = "Mat-khau-can-bo-1";

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
	DirectiveCatalogue catalogue;

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
	void registerADirectiveDeclareAnActionForCommunesRecordItForOneAndSeeTheMatrix() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.catalogue.load("test");
		LocalDate today = UnitScope.today();
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, "12", today).orElseThrow();
		Unit commune = this.units.descendants(province.id(), today, UnitLevel.COMMUNE)
			.stream()
			.filter((u) -> u.kind().administrative())
			.findFirst()
			.orElseThrow();
		String officer = "ban-tgdv-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(officer, "Chuyên viên Ban Tuyên giáo và Dân vận", null, PASSWORD,
				Set.of(Role.COMMISSION_OFFICER), province.id()), "test");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(officer);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

		click(By.id("nav-directives"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directive-table")));
		driver.findElement(By.id("q")).sendKeys("giam sat phan bien");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directive-count"), "2 văn bản"));
		screenshot("directives-search");

		click(By.id("new-directive"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directive-form")));
		String symbol = ThreadLocalRandom.current().nextInt(100, 999) + "-CT/TU";
		new Select(driver.findElement(By.id("type"))).selectByValue("DIRECTIVE");
		driver.findElement(By.id("symbol")).sendKeys(symbol);
		setValue("issuedOn", today.minusMonths(2).toString());
		driver.findElement(By.id("issuer")).sendKeys("Ban Thường vụ Tỉnh ủy Lai Châu");
		driver.findElement(By.id("summary")).sendKeys("Về tăng cường công tác dân vận trong tình hình mới");
		driver.findElement(By.id("fields")).sendKeys("Công tác dân vận");
		screenshot("directives-register");
		click(By.id("save-directive"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directive-title")));
		assertThat(driver.findElement(By.id("directive-title")).getText()).isEqualTo("Chỉ thị " + symbol);

		click(By.id("new-action"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-form")));
		new Select(driver.findElement(By.id("kind"))).selectByValue("DISSEMINATION");
		setValue("dueOn", today.plusDays(30).toString());
		click(By.cssSelector("input[name=levels][value=COMMUNE]"));
		click(By.id("save-action"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-totals")));
		screenshot("directives-directive");

		click(By.id("matrix-link"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("matrix-table")));
		WebElement row = driver.findElement(By.cssSelector("tr[data-unit='" + commune.id() + "']"));
		assertThat(row.getText()).contains(commune.fullName()).contains("Chưa đến hạn");
		click(By.cssSelector("tr[data-unit='" + commune.id() + "'] a"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-form")));
		assertThat(new Select(driver.findElement(By.id("unitId"))).getFirstSelectedOption().getText())
			.isEqualTo(commune.fullName());
		setValue("doneOn", today.toString());
		driver.findElement(By.id("documentNumber")).sendKeys("03-KH/ĐU");
		driver.findElement(By.id("participants")).sendKeys("85");
		screenshot("directives-record");
		click(By.id("save-record"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("matrix-table")));
		assertThat(driver.findElement(By.cssSelector("tr[data-unit='" + commune.id() + "']")).getText())
			.contains("Đã thực hiện")
			.contains("03-KH/ĐU")
			.contains("85 người");
		String totals = driver.findElement(By.id("action-totals")).getText();
		assertThat(totals).contains("Học tập, quán triệt").containsPattern("1 \\(\\d+,\\d%\\)");
		screenshot("directives-matrix");

		driver.get(url("/directives/references"));
		driver.findElement(By.id("text"))
			.sendKeys(
					"Quán triệt Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư và Quyết định 217 và 218 của Bộ Chính trị;"
							+ " thực hiện Kết luận 178 và Chỉ thị " + symbol + ".");
		click(By.id("recognise"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("highlighted")));
		assertThat(driver.findElements(By.cssSelector("#highlighted a.dv-ref-resolved"))).hasSize(4);
		assertThat(driver.findElements(By.cssSelector("#highlighted mark.dv-ref-unknown"))).hasSize(1);
		screenshot("directives-references");
		click(By.linkText("Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư"));
		wait.until(ExpectedConditions.textToBe(By.id("directive-title"), "Chỉ thị 43-CT/TW"));
	}

	static void click(By locator) {
		WebElement element = driver.findElement(locator);
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	static void setValue(String id, String value) {
		((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				value);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	static void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}

}

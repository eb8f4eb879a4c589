package vn.danvan.directives.register;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

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
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: a commission officer of a province registers a directive,
 * declares that its communes must hold the dissemination, records it done for one commune
 * and sees the matrix; then finds the references in a pasted text. Screenshots go to
 * {@code target/screenshots}.
 */
@BrowserTest
class DirectivesBrowserTests {

	static final String PASSWORD = "Mat-khau-can-bo-1";

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	DirectiveCatalogue catalogue;

	@Test
	void registerADirectiveDeclareAnActionForCommunesRecordItForOneAndSeeTheMatrix(BrowserPage page)
			throws IOException {
		WebDriver driver = page.driver();
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
		page.timeout(Duration.ofSeconds(30));
		page.signIn(officer, PASSWORD);

		page.click(By.id("nav-directives"));
		page.waitFor(By.id("directive-table"));
		driver.findElement(By.id("q")).sendKeys("giam sat phan bien");
		page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directive-count"), "2 văn bản"));
		page.screenshot("directives-search");

		page.click(By.id("new-directive"));
		page.waitFor(By.id("directive-form"));
		String symbol = ThreadLocalRandom.current().nextInt(100, 999) + "-CT/TU";
		new Select(driver.findElement(By.id("type"))).selectByValue("DIRECTIVE");
		driver.findElement(By.id("symbol")).sendKeys(symbol);
		page.setValue("issuedOn", today.minusMonths(2).toString());
		driver.findElement(By.id("issuer")).sendKeys("Ban Thường vụ Tỉnh ủy Lai Châu");
		driver.findElement(By.id("summary")).sendKeys("Về tăng cường công tác dân vận trong tình hình mới");
		driver.findElement(By.id("fields")).sendKeys("Công tác dân vận");
		page.screenshot("directives-register");
		page.click(By.id("save-directive"));
		page.waitFor(By.id("directive-title"));
		assertThat(driver.findElement(By.id("directive-title")).getText()).isEqualTo("Chỉ thị " + symbol);

		page.click(By.id("new-action"));
		page.waitFor(By.id("action-form"));
		new Select(driver.findElement(By.id("kind"))).selectByValue("DISSEMINATION");
		page.setValue("dueOn", today.plusDays(30).toString());
		page.click(By.cssSelector("input[name=levels][value=COMMUNE]"));
		page.click(By.id("save-action"));
		page.waitFor(By.id("action-totals"));
		page.screenshot("directives-directive");

		page.click(By.id("matrix-link"));
		page.waitFor(By.id("matrix-table"));
		WebElement row = driver.findElement(By.cssSelector("tr[data-unit='" + commune.id() + "']"));
		assertThat(row.getText()).contains(commune.fullName()).contains("Chưa đến hạn");
		page.click(By.cssSelector("tr[data-unit='" + commune.id() + "'] a"));
		page.waitFor(By.id("record-form"));
		assertThat(new Select(driver.findElement(By.id("unitId"))).getFirstSelectedOption().getText())
			.isEqualTo(commune.fullName());
		page.setValue("doneOn", today.toString());
		driver.findElement(By.id("documentNumber")).sendKeys("03-KH/ĐU");
		driver.findElement(By.id("participants")).sendKeys("85");
		page.screenshot("directives-record");
		page.click(By.id("save-record"));
		page.waitFor(By.id("matrix-table"));
		assertThat(driver.findElement(By.cssSelector("tr[data-unit='" + commune.id() + "']")).getText())
			.contains("Đã thực hiện")
			.contains("03-KH/ĐU")
			.contains("85 người");
		String totals = driver.findElement(By.id("action-totals")).getText();
		assertThat(totals).contains("Học tập, quán triệt").containsPattern("1 \\(\\d+,\\d%\\)");
		page.screenshot("directives-matrix");

		page.open("/directives/references");
		driver.findElement(By.id("text"))
			.sendKeys(
					"Quán triệt Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư và Quyết định 217 và 218 của Bộ Chính trị;"
							+ " thực hiện Kết luận 178 và Chỉ thị " + symbol + ".");
		page.click(By.id("recognise"));
		page.waitFor(By.id("highlighted"));
		assertThat(driver.findElements(By.cssSelector("#highlighted a.dv-ref-resolved"))).hasSize(4);
		assertThat(driver.findElements(By.cssSelector("#highlighted mark.dv-ref-unknown"))).hasSize(1);
		page.screenshot("directives-references");
		page.click(By.linkText("Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư"));
		page.until(ExpectedConditions.textToBe(By.id("directive-title"), "Chỉ thị 43-CT/TW"));
	}

}

package vn.danvan.reporting.catalogue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commission officer creates an indicator, then a template with a section holding it,
 * through the pages in Debian's Chromium (rows added and moved by the editor's script
 * under the Content-Security-Policy). Screenshots go to {@code target/screenshots}.
 */
@BrowserTest
class CatalogueBrowserTests {

	@Autowired
	UnitAdministration units;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Test
	void theCentresAdministratorCreatesAnIndicatorAndATemplateSectionWithIt(BrowserPage page) {
		WebDriver driver = page.driver();
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		// The catalogue is a national setting: an administrator of the centre changes it.
		page.signIn(world.user(Role.ADMINISTRATOR, world.centre), ReportingFixture.PASSWORD);
		page.waitFor(By.id("nav-units"));

		driver.findElement(By.id("nav-report-templates")).click();
		page.waitFor(By.id("tab-indicators"));
		driver.findElement(By.id("tab-indicators")).click();
		page.waitFor(By.id("new-indicator"));
		driver.findElement(By.id("new-indicator")).click();
		page.waitFor(By.id("indicator-form"));
		assertThat(driver.findElement(By.id("percentage-parts")).isDisplayed()).isFalse();
		new Select(driver.findElement(By.id("valueType"))).selectByValue("PERCENTAGE");
		page.waitFor(By.id("percentage-parts"));
		new Select(driver.findElement(By.id("valueType"))).selectByValue("INTEGER");
		String code = world.code("DOI_THOAI");
		driver.findElement(By.id("code")).sendKeys(code);
		driver.findElement(By.id("name")).sendKeys("Số hội nghị đối thoại");
		driver.findElement(By.id("unitOfMeasure")).sendKeys("hội nghị");
		driver.findElement(By.id("maxValue")).sendKeys("1.000");
		page.click(By.id("save-indicator"));
		page.waitFor(By.id("rules"));
		page.screenshot("catalogue-indicator");
		assertThat(this.catalogue.indicatorByCode(code)).isPresent();

		page.open("/reporting/templates/new");
		page.waitFor(By.id("template-form"));
		driver.findElement(By.id("code")).sendKeys(world.code("CHUYEN_DE"));
		driver.findElement(By.id("name")).sendKeys("Báo cáo chuyên đề đối thoại");
		page.click(By.id("level-COMMUNE"));
		driver.findElement(By.id("sections-0-title")).sendKeys("KẾT QUẢ THỰC HIỆN");
		page.click(By.id("add-row"));
		int rows = driver.findElements(By.cssSelector("[data-row]")).size();
		assertThat(rows).isEqualTo(4);
		// The new last row is moved up to be the second.
		WebElement last = driver.findElements(By.cssSelector("[data-row]")).get(rows - 1);
		last.findElement(By.cssSelector("[data-field=title]")).sendKeys("Đối thoại với Nhân dân");
		last.findElement(By.cssSelector("[data-field=label]")).sendKeys("I.");
		page.click(last.findElement(By.cssSelector("[data-row-action=up]")));
		page.click(last.findElement(By.cssSelector("[data-row-action=up]")));
		WebElement second = driver.findElements(By.cssSelector("[data-row]")).get(1);
		assertThat(second.findElement(By.cssSelector("[data-field=title]")).getAttribute("name"))
			.isEqualTo("sections[1].title");
		WebElement add = second.findElement(By.cssSelector("[data-add-indicator]"));
		add.sendKeys(code);
		page.script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", add);
		assertThat(second.findElement(By.cssSelector("[data-field=indicators]")).getAttribute("value")).isEqualTo(code);
		page.click(second.findElement(By.cssSelector("[data-field=narrative]")));
		page.screenshot("catalogue-template-editor");
		page.click(By.id("save-template"));
		page.waitFor(By.id("template-structure"));
		assertThat(driver.findElement(By.id("template-structure")).getText()).contains("I. Đối thoại với Nhân dân")
			.contains("Số hội nghị đối thoại")
			.contains("KẾT QUẢ THỰC HIỆN");
		assertThat(driver.findElement(By.id("versions")).getText()).contains("Phiên bản 1");
		page.screenshot("catalogue-template");
	}

}

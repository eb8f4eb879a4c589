package vn.danvan.units.tree;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;
import vn.danvan.units.imports.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree page in Debian's Chromium: the search answers through htmx under the
 * Content-Security-Policy, the quick link shows the tree before the reorganisation, and a
 * historical unit leads to today's. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest
class UnitsBrowserTests {

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Test
	void searchBrowseAsOfADateAndFollowAHistoricalUnit(BrowserPage page) throws IOException {
		WebDriver driver = page.driver();
		RealAdministrativeUnits.importOnce(this.imports);
		page.signIn(RealAdministrativeUnits.centreAdministrator(this.accounts, this.units),
				RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
		page.waitFor(By.id("nav-units"));

		driver.findElement(By.id("nav-units")).click();
		page.until(ExpectedConditions.textToBe(By.id("child-count"), "Có 34 đơn vị trực thuộc"));
		page.screenshot("units-tree-today");

		driver.findElement(By.id("q")).sendKeys("dak lak");
		page.waitFor(By.id("search-results"));
		assertThat(driver.findElement(By.id("search-results")).getText()).contains("Tỉnh Đắk Lắk");
		assertThat(driver.getCurrentUrl()).contains("q=dak%20lak");
		page.screenshot("units-search");

		page.open("/units");
		driver.findElement(By.linkText("01/03/2025 (trước sắp xếp)")).click();
		page.until(ExpectedConditions.textToBe(By.id("child-count"), "Có 63 đơn vị trực thuộc"));
		driver.get(driver.findElement(By.linkText("Tỉnh Kon Tum")).getAttribute("href"));
		page.waitFor(By.id("current-unit"));
		page.screenshot("units-kon-tum-2025");

		driver.findElement(By.linkText("Thông tin và lịch sử")).click();
		page.waitFor(By.id("now-part-of"));
		assertThat(driver.findElement(By.id("now-part-of")).getText()).contains("Tỉnh Quảng Ngãi");
		page.screenshot("unit-kon-tum-history");
	}

	@Test
	void anAdministratorRecordsAMergeOfTwoCommunesThatAnotherProvinceCannotSee(BrowserPage page) throws IOException {
		WebDriver driver = page.driver();
		RealAdministrativeUnits.importOnce(this.imports);
		LocalDate today = UnitScope.today();
		Unit hue = this.units.findByCode(UnitLevel.PROVINCE, "46", today).orElseThrow();
		List<Unit> communes = this.units.children(hue.id(), today)
			.stream()
			.filter((unit) -> unit.level() == UnitLevel.COMMUNE)
			.toList();
		Unit first = communes.get(communes.size() - 1);
		Unit second = communes.get(communes.size() - 2);

		page.signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		page.open("/units/successions/new?from=" + first.id());
		page.waitFor(By.id("succession-form"));
		page.script("document.getElementById('date').value = '2031-01-01';");
		// The unit picker: the first commune is already chosen (from the link); the
		// second is found by its name.
		assertThat(driver.findElement(By.id("sources-chosen")).getText()).contains(first.name());
		pick(page, "sources", second.name(), second.id());
		assertThat(driver.findElement(By.id("sources-value")).getAttribute("value"))
			.isEqualTo(first.id() + ", " + second.id());
		page.click(By.cssSelector("input[type=checkbox][name=createTarget]"));
		new Select(driver.findElement(By.id("newKind"))).selectByValue("WARD");
		driver.findElement(By.id("newCode")).sendKeys("99946");
		driver.findElement(By.id("newName")).sendKeys("Hợp Nhất");
		driver.findElement(By.id("newFullName")).sendKeys("Phường Hợp Nhất");
		pick(page, "newParentId", hue.name(), hue.id());
		page.click(By.id("preview-succession"));
		page.waitFor(By.id("succession-summary"));
		assertThat(driver.findElement(By.id("succession-summary")).getText()).contains(first.fullName())
			.contains(second.fullName())
			.contains("Phường Hợp Nhất")
			.contains("01/01/2031");
		page.screenshot("units-merge-confirm");
		page.click(By.id("confirm-succession"));
		page.until(ExpectedConditions.urlMatches(".*/units/\\d+.*"));
		assertThat(driver.getPageSource()).contains(first.fullName()).contains(second.fullName());
		assertThat(driver.findElement(By.id("not-yet-valid")).getText()).isEqualTo("Có hiệu lực từ 01/01/2031");
		page.screenshot("units-merge-recorded");
		long merged = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/units/(\\d+).*", "$1"));
		assertThat(this.units.currentUnits(first.id(), LocalDate.of(2031, 1, 1))).extracting((c) -> c.unit().id())
			.containsExactly(merged);

		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow();
		Unit haNoiCommune = this.units.search("phuong ba dinh", today, haNoi.id(), UnitLevel.COMMUNE, 1).get(0);
		String officer = "xa-ba-dinh-" + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(new NewUser(officer, "Cán bộ phường Ba Đình", null, "Mat-khau-can-bo-1",
				Set.of(Role.REPORTING_OFFICER), haNoiCommune.id()), "test");
		page.signIn(officer, "Mat-khau-can-bo-1");
		for (long hidden : List.of(first.id(), second.id(), merged)) {
			page.open("/units/" + hidden);
			page.waitFor(By.id("error-title"));
			assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Không tìm thấy trang");
		}
		page.open("/units?q=" + first.name().replace(' ', '+'));
		page.waitFor(By.id("unit-results"));
		assertThat(driver.findElement(By.id("unit-results")).getText()).doesNotContain(first.fullName());
		page.screenshot("units-other-province-cannot-see");
	}

	@Test
	void anAdministratorPicksTheParentByTypingAnPhuWithTheKeyboardAndCreatesAUnitBelowIt(BrowserPage page)
			throws IOException {
		WebDriver driver = page.driver();
		RealAdministrativeUnits.importOnce(this.imports);
		LocalDate today = UnitScope.today();
		Unit quangNgai = this.units.findByCode(UnitLevel.PROVINCE, "51", today).orElseThrow();
		Unit anPhu = this.units.search("an phu", today, quangNgai.id(), UnitLevel.COMMUNE, 1).get(0);
		assertThat(anPhu.fullName()).isEqualTo("Xã An Phú");

		page.signIn(RealAdministrativeUnits.centreAdministrator(this.accounts, this.units),
				RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
		page.open("/units/new");
		page.waitFor(By.id("unit-form"));
		new Select(driver.findElement(By.id("kind"))).selectByValue("VILLAGE");
		String name = "Thôn Chọn " + UUID.randomUUID().toString().substring(0, 6);
		page.type("code", "T-" + name.substring(name.length() - 6));
		page.type("name", name);
		page.type("fullName", name + " xã An Phú");
		// The picker replaced the id field: a combobox labelled "Đơn vị cấp trên", the id
		// in a hidden field.
		WebElement search = driver.findElement(By.id("parentId"));
		assertThat(search.getAttribute("role")).isEqualTo("combobox");
		assertThat(driver.findElement(By.cssSelector("label[for=parentId]")).getText()).isEqualTo("Đơn vị cấp trên");
		assertThat(driver.findElement(By.id("parentId-value")).getAttribute("type")).isEqualTo("hidden");
		page.scrollTo(search);
		search.sendKeys("an phu");
		page.waitFor(By.cssSelector("#parentId-options [role=option][data-id]"));
		page.screenshot("unit-picker-an-phu");
		// Down the list with the keyboard to Quảng Ngãi's An Phú, Enter chooses it (and
		// does not submit the form).
		for (int i = 0; i < 30 && !activeOption(page).equals(Long.toString(anPhu.id())); i++) {
			search.sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(activeOption(page)).isEqualTo(Long.toString(anPhu.id()));
		search.sendKeys(Keys.ENTER);
		page.until(ExpectedConditions.attributeToBe(By.id("parentId-value"), "value", Long.toString(anPhu.id())));
		assertThat(search.getAttribute("value")).isEqualTo("Xã An Phú");
		assertThat(driver.findElement(By.id("parentId-chosen")).getText()).isEqualTo(quangNgai.fullName());
		assertThat(driver.getCurrentUrl()).endsWith("/units/new");
		page.click(By.id("save-unit"));
		page.until(ExpectedConditions.or(ExpectedConditions.urlMatches(".*/units/\\d+.*"),
				ExpectedConditions.visibilityOfElementLocated(By.id("form-errors"))));
		assertThat(page.shown("form-errors"))
			.as("the form's refusal: %s",
					driver.findElements(By.cssSelector(".invalid-feedback")).stream().map(WebElement::getText).toList())
			.isNull();
		assertThat(driver.findElement(By.id("unit-name")).getText()).isEqualTo(name + " xã An Phú");
		assertThat(driver.findElement(By.id("parent-link")).getText()).isEqualTo("Xã An Phú");
	}

	/** Types in a unit picker and clicks the unit offered with this id. */
	static void pick(BrowserPage page, String field, String text, long unitId) {
		page.type(field, text);
		page.click(page.waitFor(By.cssSelector("#" + field + "-options [data-id='" + unitId + "']")));
		page.until(ExpectedConditions.invisibilityOfElementLocated(By.id(field + "-options")));
	}

	static String activeOption(BrowserPage page) {
		Object id = page.script("var a = document.getElementById('parentId').getAttribute('aria-activedescendant');"
				+ " return a ? document.getElementById(a).dataset.id : '';");
		return String.valueOf(id);
	}

}

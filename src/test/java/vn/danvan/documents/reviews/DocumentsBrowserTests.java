package vn.danvan.documents.reviews;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import vn.danvan.analytics.Analytics;
import vn.danvan.documents.DocumentsFixture;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: the province officer opens "Soạn báo cáo", composes the report of
 * the province, inserts a commune's narrative into a section and edits it, saves, issues
 * the document and downloads it; the DOCX downloaded holds the edited text. Screenshots
 * in {@code target/screenshots}.
 */
@DanvanIntegrationTest
class DocumentsBrowserTests {

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

	@Autowired
	Submissions submissions;

	@Autowired
	Analytics analytics;

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
	void composeEditIssueAndDownload() throws IOException {
		DocumentsFixture fixture = new DocumentsFixture(this.units, this.accounts, this.catalogue, this.periods,
				this.submissions, this.analytics);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
		signIn(wait, fixture.world.provinceOfficer);

		click(driver.findElement(By.id("nav-documents")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compose-form")));
		new Select(driver.findElement(By.id("unit"))).selectByValue(String.valueOf(fixture.world.province));
		new Select(driver.findElement(By.id("period"))).selectByValue(String.valueOf(fixture.period.id()));
		screenshot("documents-1-choose");
		click(driver.findElement(By.id("compose")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-form")));
		String sectionId = "section-" + fixture.resultsSection;
		WebElement section = driver.findElement(By.id(sectionId));
		assertThat(section.getAttribute("value")).contains("2.071", "so với cùng kỳ năm 2035");

		click(driver.findElement(By.cssSelector("#compiled-" + fixture.resultsSection + " summary")));
		List<WebElement> inserts = driver
			.findElements(By.cssSelector("#compiled-" + fixture.resultsSection + " .dv-insert"));
		assertThat(inserts).hasSize(2);
		WebElement first = inserts.stream()
			.filter((b) -> b.findElement(By.xpath("./ancestor::div[contains(@class,'dv-compiled')]"))
				.getText()
				.contains(DocumentsFixture.NARRATIVE))
			.findFirst()
			.orElseThrow();
		click(first);
		assertThat(section.getAttribute("value")).endsWith(DocumentsFixture.NARRATIVE);
		section.sendKeys("\nCác xã đều hoàn thành chỉ tiêu đề ra.");
		screenshot("documents-2-draft");
		click(driver.findElement(By.id("save-draft")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-version"), "Phiên bản 2"));

		driver.findElement(By.id("signer-name")).sendKeys("Trần Văn Bình");
		click(driver.findElement(By.id("signer-deputy")));
		click(driver.findElement(By.id("issue")));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-number")));
		assertThat(driver.findElement(By.id("document-number")).getText()).isEqualTo("Số 1-BC/BTGDVTU");
		WebElement signOut = driver.findElement(By.id("sign-out"));
		long viewport = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.clientWidth;");
		assertThat(signOut.getRect().getX() + signOut.getRect().getWidth()).as("the menu fits the window")
			.isLessThanOrEqualTo((int) viewport);
		screenshot("documents-3-issued");

		String href = driver.findElement(By.id("download-docx")).getAttribute("href");
		Map<?, ?> download = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async (r) => {
				  const bytes = new Uint8Array(await r.arrayBuffer());
				  let text = '';
				  bytes.forEach((b) => text += String.fromCharCode(b));
				  done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(text)});
				});
				""", href);
		assertThat(download.get("status")).isEqualTo(200L);
		assertThat((String) download.get("type")).contains("wordprocessingml");
		byte[] docx = Base64.getDecoder().decode((String) download.get("body"));
		try (XWPFDocument file = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> texts = file.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains(DocumentsFixture.NARRATIVE, "Các xã đều hoàn thành chỉ tiêu đề ra.");
			assertThat(file.getTables().get(1).getText()).contains("K/T TRƯỞNG BAN", "Trần Văn Bình");
		}
	}

	private void click(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private void signIn(WebDriverWait wait, String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=vi"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(ReportingFixture.PASSWORD);
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}

}

package vn.danvan.documents.reviews;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.documents.DocumentsFixture;
import vn.danvan.documents.DocumentsFixtures;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: the province officer opens "Soạn báo cáo", composes the report of
 * the province, inserts a commune's narrative into a section and edits it, saves, issues
 * the document and downloads it; the DOCX downloaded holds the edited text. Screenshots
 * in {@code target/screenshots}.
 */
@BrowserTest
class DocumentsBrowserTests {

	@Autowired
	DocumentsFixtures fixtures;

	@Test
	void composeEditIssueAndDownload(BrowserPage page) throws IOException {
		WebDriver driver = page.driver();
		DocumentsFixture fixture = this.fixtures.create();
		page.timeout(Duration.ofSeconds(60));
		page.signIn(fixture.world.provinceOfficer, ReportingFixture.PASSWORD);

		page.click(By.id("nav-documents"));
		page.waitFor(By.id("compose-form"));
		new Select(driver.findElement(By.id("unit"))).selectByValue(String.valueOf(fixture.world.province));
		new Select(driver.findElement(By.id("period"))).selectByValue(String.valueOf(fixture.period.id()));
		page.screenshot("documents-1-choose");
		page.click(By.id("compose"));
		page.waitFor(By.id("draft-form"));
		String sectionId = "section-" + fixture.resultsSection;
		WebElement section = driver.findElement(By.id(sectionId));
		assertThat(section.getAttribute("value")).contains("2.071", "so với cùng kỳ năm 2035");

		page.click(By.cssSelector("#compiled-" + fixture.resultsSection + " summary"));
		List<WebElement> inserts = driver
			.findElements(By.cssSelector("#compiled-" + fixture.resultsSection + " .dv-insert"));
		assertThat(inserts).hasSize(2);
		WebElement first = inserts.stream()
			.filter((b) -> b.findElement(By.xpath("./ancestor::div[contains(@class,'dv-compiled')]"))
				.getText()
				.contains(DocumentsFixture.NARRATIVE))
			.findFirst()
			.orElseThrow();
		page.click(first);
		assertThat(section.getAttribute("value")).endsWith(DocumentsFixture.NARRATIVE);
		section.sendKeys("\nCác xã đều hoàn thành chỉ tiêu đề ra.");
		page.screenshot("documents-2-draft");
		page.click(By.id("save-draft"));
		page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-version"), "Phiên bản 2"));

		driver.findElement(By.id("signer-name")).sendKeys("Trần Văn Bình");
		page.click(By.id("signer-deputy"));
		page.click(By.id("issue"));
		page.confirm();
		page.waitFor(By.id("document-number"));
		assertThat(driver.findElement(By.id("document-number")).getText()).isEqualTo("Số 1-BC/BTGDVTU");
		WebElement signOut = driver.findElement(By.id("sign-out"));
		long viewport = (Long) page.script("return document.documentElement.clientWidth;");
		assertThat(signOut.getRect().getX() + signOut.getRect().getWidth()).as("the menu fits the window")
			.isLessThanOrEqualTo((int) viewport);
		page.screenshot("documents-3-issued");

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

}

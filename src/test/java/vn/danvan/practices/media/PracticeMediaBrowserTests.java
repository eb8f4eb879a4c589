package vn.danvan.practices.media;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: the commune's officer opens its model, a text file named .png is
 * refused with the reason on the page, a photo is uploaded with its caption and shown as
 * a thumbnail that loads; the province's officer sees it and the "Công bố" section.
 * Screenshots in {@code target/screenshots}.
 */
@BrowserTest
class PracticeMediaBrowserTests {

	@Autowired
	ReportingFixtures fixtures;

	@Test
	void theCommuneAddsAPhotoToItsModel(BrowserPage page) throws Exception {
		ReportingFixture world = this.fixtures.create();
		int year = UnitScope.today().getYear() - 1;
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(page.url("/api/v1/practices")))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((world.communeOfficer + ":" + ReportingFixture.PASSWORD)
								.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"name": "Tổ hợp tác trồng nấm %s", "kind": "MODEL", "subject": "COLLECTIVE",
						 "fields": ["KINH_TE"], "targetGroups": ["PHU_NU"], "registeredOn": "%d-05-01"}
						""".formatted(world.prefix, year), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ((Number) JsonPath.read(created.body(), "$.id.value")).longValue();

		page.signIn(world.communeOfficer, ReportingFixture.PASSWORD);
		page.open("/practices/" + id);
		assertThat(page.shown("media-title")).isEqualTo("Ảnh và tài liệu (0)");
		Path fake = Files.createTempFile("anh-gia", ".png");
		Files.writeString(fake, "đây không phải ảnh");
		page.find(By.id("media-file")).sendKeys(fake.toString());
		page.click(By.id("media-upload"));
		assertThat(page.waitFor(By.id("media-error")).getText()).contains("không phải ảnh JPEG, PNG");
		assertThat(page.shown("media-title")).isEqualTo("Ảnh và tài liệu (0)");

		Path photo = Files.createTempFile("ra-quan", ".png");
		Files.write(photo, PracticeMediaTests.png(1200, 800));
		page.find(By.id("media-file")).sendKeys(photo.toString());
		page.type("media-caption", "Chị em phụ nữ thu hoạch nấm");
		page.click(By.id("media-upload"));
		assertThat(page.waitFor(By.id("media-message")).getText()).contains("Đã thêm");
		assertThat(page.shown("media-title")).isEqualTo("Ảnh và tài liệu (1)");
		WebElement thumbnail = page.find(By.cssSelector("#media-list img"));
		page.until((d) -> Boolean.TRUE
			.equals(page.script("return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail)));
		assertThat(((Number) page.script("return arguments[0].naturalWidth", thumbnail)).intValue()).isEqualTo(320);
		assertThat(page.find(By.id("media-list")).getText()).contains("Chị em phụ nữ thu hoạch nấm");
		page.scrollTo(page.find(By.id("media")));
		page.screenshot("practice-media-1366");
		page.resize(390, 844);
		page.scrollTo(page.find(By.id("media")));
		page.screenshot("practice-media-390");
		page.resize(1280, 900);

		page.signIn(world.provinceOfficer, ReportingFixture.PASSWORD);
		page.open("/practices/" + id);
		assertThat(page.shown("media-title")).isEqualTo("Ảnh và tài liệu (1)");
		assertThat(page.find(By.id("media")).findElements(By.id("media-form"))).isEmpty();
		assertThat(page.shown("publication-not-recognised")).contains("đã được công nhận");
		Files.deleteIfExists(fake);
		Files.deleteIfExists(photo);
	}

}

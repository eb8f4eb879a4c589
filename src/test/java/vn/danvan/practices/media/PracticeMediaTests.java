package vn.danvan.practices.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.TestFiles;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Photos and documents of a practice on real PostgreSQL: a photo told by its content with
 * its thumbnail, a PDF, files that only pretend (text named .png, "%PDF" alone, a PNG
 * header claiming 10 billion pixels, too large) refused in Vietnamese with nothing
 * stored, the owner unit's officers change, the units above only read, others do not see;
 * the page shows the thumbnails and a refused upload; every change audited.
 */
@DanvanIntegrationTest
public class PracticeMediaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingFixtures fixtures;

	ReportingFixture fixture;

	long practice;

	@BeforeEach
	void aPracticeOfACommune() throws Exception {
		this.fixture = this.fixtures.create();
		int year = UnitScope.today().getYear() - 1;
		String created = this.mvc.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Tổ hợp tác nuôi bò %s", "kind": "MODEL", "subject": "COLLECTIVE", "fields": ["KINH_TE"],
				 "targetGroups": ["NONG_DAN"], "registeredOn": "%d-04-01"}
				""".formatted(this.fixture.prefix, year)).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.practice = ((Number) JsonPath.read(created, "$.id.value")).longValue();
	}

	RequestPostProcessor as(String username) {
		return httpBasic(username, ReportingFixture.PASSWORD);
	}

	String path() {
		return "/api/v1/practices/" + this.practice + "/media";
	}

	@Test
	void aPhotoIsToldByItsContentAndGetsAThumbnailADocumentIsKept() throws Exception {
		byte[] photo = png(1600, 1200);
		String created = this.mvc
			.perform(multipart(path()).file(new MockMultipartFile("file", "C:\\Ảnh\\ra-quân.png", null, photo))
				.param("caption", "  Ra quân   làm đường  ")
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("IMAGE"))
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.fileName").value("ra-quân.png"))
			.andExpect(jsonPath("$.caption").value("Ra quân làm đường"))
			.andExpect(jsonPath("$.width").value(1600))
			.andExpect(jsonPath("$.height").value(1200))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long photoId = ((Number) JsonPath.read(created, "$.id")).longValue();
		byte[] back = this.mvc.perform(get(path() + "/" + photoId).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(photo);
		Cookie commune = MvcSignIn.session(this.mvc, this.fixture.communeOfficer, ReportingFixture.PASSWORD);
		byte[] thumbnail = this.mvc
			.perform(get("/practices/{p}/media/{m}/thumbnail", this.practice, photoId).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(small.getWidth()).isEqualTo(320);
		assertThat(small.getHeight()).isEqualTo(240);

		this.mvc
			.perform(multipart(path()).file(new MockMultipartFile("file", "bao-cao.pdf", null, TestFiles.pdf()))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("DOCUMENT"))
			.andExpect(jsonPath("$.contentType").value("application/pdf"));
		this.mvc.perform(get("/practices/{id}", this.practice).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ảnh và tài liệu (2)")))
			.andExpect(content().string(containsString("/media/" + photoId + "/thumbnail")))
			.andExpect(content().string(containsString("Ra quân làm đường")))
			.andExpect(content().string(containsString("bao-cao.pdf")));

		this.mvc.perform(delete(path() + "/" + photoId).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(path()).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		assertThat(this.jdbc.sql("""
				select action from accounts.audit_log where target_type = 'practice' and target_id = ?
				   and action like 'PRACTICE_MEDIA_%' order by id""")
			.param(String.valueOf(this.practice))
			.query(String.class)
			.list()).containsExactly("PRACTICE_MEDIA_ADDED", "PRACTICE_MEDIA_ADDED", "PRACTICE_MEDIA_REMOVED");
	}

	@Test
	void filesThatOnlyPretendAreRefusedAndNothingIsStored() throws Exception {
		byte[][] pretending = { "không phải ảnh".getBytes(StandardCharsets.UTF_8),
				"%PDF".getBytes(StandardCharsets.ISO_8859_1), pngHeaderClaiming(100_000, 100_000),
				java.util.Arrays.copyOf(png(200, 100), 60) };
		for (byte[] file : pretending) {
			this.mvc
				.perform(multipart(path()).file(new MockMultipartFile("file", "anh.png", "image/png", file))
					.with(as(this.fixture.communeOfficer)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("practices.media.error.type"))
				.andExpect(jsonPath("$.field").value("file"))
				.andExpect(jsonPath("$.detail").value(containsString("không phải ảnh JPEG, PNG")));
		}
		this.mvc
			.perform(multipart(path())
				.file(new MockMultipartFile("file", "lon.png", null, new byte[PracticeMedia.MAX_BYTES + 1]))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("practices.media.error.tooLarge"));
		this.mvc.perform(multipart(path()).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("practices.media.error.empty"));
		this.mvc
			.perform(multipart(path()).file(new MockMultipartFile("file", "a.png", null, png(10, 10)))
				.param("caption", "x".repeat(301))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("practices.media.error.captionTooLong"));
		assertThat(this.jdbc.sql("select count(*) from practices.media where practice_id = ?")
			.param(this.practice)
			.query(Integer.class)
			.single()).isZero();

		Cookie commune = MvcSignIn.session(this.mvc, this.fixture.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc
			.perform(multipart("/practices/{id}/media", this.practice)
				.file(new MockMultipartFile("file", "anh.jpg", null, "GIF89a".getBytes(StandardCharsets.US_ASCII)))
				.with(csrf())
				.cookie(commune))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("mediaError", containsString("không phải ảnh JPEG, PNG")));
	}

	@Test
	void theOwnerUnitChangesTheUnitsAboveReadOthersDoNotSee() throws Exception {
		this.mvc
			.perform(multipart(path()).file(new MockMultipartFile("file", "a.png", null, png(20, 20)))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart(path()).file(new MockMultipartFile("file", "a.png", null, png(20, 20)))
				.with(as(this.fixture.otherCommuneOfficer)))
			.andExpect(status().isNotFound());
		String created = this.mvc
			.perform(multipart(path()).file(new MockMultipartFile("file", "a.png", null, png(20, 20)))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc.perform(get(path()).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(get(path() + "/" + id).with(as(this.fixture.otherCommuneOfficer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(path() + "/" + id).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(path() + "/" + (id + 1_000_000)).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("practices.media.error.notFound"));
	}

	/**
	 * A PNG of the size, a gradient so that it compresses like a photo.
	 */
	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new java.awt.GradientPaint(0, 0, Color.GREEN, width, height, Color.BLUE));
		g.fillRect(0, 0, width, height);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The signature and a valid IHDR chunk claiming the dimensions, then the end: a few
	 * dozen bytes that would decode to gigabytes.
	 */
	static byte[] pngHeaderClaiming(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13)
			.putInt(width)
			.putInt(height)
			.put((byte) 8)
			.put((byte) 2)
			.put((byte) 0)
			.put((byte) 0)
			.put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}

package vn.danvan.accounts.audit;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.units.imports.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * The audit log reads as a log: the people by name (their user name beside), every action
 * by its Vietnamese name and never a raw message key, in pages of 50 with links that keep
 * the filter.
 */
@DanvanIntegrationTest
class AuditLogPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Units units;

	@Autowired
	UnitImports imports;

	@Test
	void objectsOfOtherModulesAreNamedByTheirModules() throws Exception {
		String username = "tenvatthe." + UUID.randomUUID().toString().substring(0, 8);
		String name = "Mô hình nhật ký " + username;
		long practice = this.jdbc.sql("""
				insert into practices.practice (name, kind, subject, owner_unit_id, fields, registered_on, created_by,
				                                updated_by)
				values (:name, 'MODEL', 'COLLECTIVE', 1, '{KINH_TE}', date '2026-03-01', 'test', 'test')
				returning id
				""").param("name", name).query(Long.class).single();
		this.auditLog.record(username, "PRACTICE_CHANGED", "practice", String.valueOf(practice), "127.0.0.1", Map.of());
		Cookie admin = MvcSignIn.session(this.mvc, "admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		String page = this.mvc.perform(get("/admin/audit").param("actor", username).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The practice by its name (practices names it), not by its number.
		assertThat(page).contains(name).doesNotContain("Mô hình, điển hình " + practice + "<");
	}

	@Test
	void pagesOfFiftyWithNamesAndNoRawKeys() throws Exception {
		String username = "nhatky." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Phạm Thị Nhật Ký", username + "@danvan.vn", "Mat-khau-nhat-ky-1",
				Set.of(Role.REPORTING_OFFICER), null), "test");
		for (int i = 0; i < 55; i++) {
			// Directives that do not exist (shown by their number): other tests'
			// directives share the database.
			this.auditLog.record(username, (i % 2 == 0) ? "DIRECTIVE_REGISTERED" : "ANALYTICS_REBUILT", "directive",
					Integer.toString(900_000_000 + i), "127.0.0.1", Map.of());
		}
		this.auditLog.record(username, "SOMETHING_NEW", "x", "1", "127.0.0.1", Map.of());
		Cookie admin = MvcSignIn.session(this.mvc, "admin", DanvanIntegrationTest.ADMIN_PASSWORD);

		String first = this.mvc.perform(get("/admin/audit").param("actor", username).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(first, "data-entry=")).isEqualTo(50);
		assertThat(first).doesNotContain("??")
			.contains("Phạm Thị Nhật Ký")
			.contains("Đăng ký văn bản chỉ đạo")
			.contains("Tính lại số liệu tổng hợp")
			.contains("SOMETHING_NEW")
			.contains("<a href=\"/directives/900000054\">Văn bản chỉ đạo 900000054</a>")
			.contains("Trang 1, mỗi trang 50 bản ghi")
			.contains("id=\"audit-next\"")
			.contains("href=\"/admin/audit?actor=" + username + "&amp;page=2\"");

		String second = this.mvc.perform(get("/admin/audit").param("actor", username).param("page", "2").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(second, "data-entry=")).isEqualTo(6);
		assertThat(second).contains("href=\"/admin/audit?actor=" + username + "&amp;page=1\"")
			.doesNotContain("&amp;page=3");

		this.mvc.perform(get("/admin/audit").param("actor", username).param("page", "x").cookie(admin))
			.andExpect(status().isOk());

		assertThat(first).contains("href=\"/admin/audit/export?actor=" + username + "\"");
		byte[] csv = this.mvc.perform(get("/admin/audit/export").param("actor", username).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("nhat-ky-he-thong.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(1 + 56);
		assertThat(lines[0]).startsWith("\uFEFFThời gian,Người thực hiện,Tên đăng nhập,Hoạt động");
		assertThat(lines[1]).contains("\"Phạm Thị Nhật Ký\",\"" + username + "\",\"SOMETHING_NEW\"");
		assertThat(lines[2]).contains("\"Đăng ký văn bản chỉ đạo\"");
	}

	@Test
	void detailsReadAsSentencesAndTablesAndObjectsByTheirNames() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		String username = "chitiet." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Lê Thị Chi Tiết", username + "@danvan.vn", "Mat-khau-chi-tiet-1",
				Set.of(Role.REPORTING_OFFICER), null), "test");
		Unit unit = this.units.roots(UnitScope.today()).get(0);
		this.auditLog.record(username, "SUBMISSION_SAVED", "submission", "12", "127.0.0.1",
				Map.of("version", 7, "changes", 72, "source", "FORM"));
		this.auditLog.record(username, "UNIT_CHANGED", "unit", Long.toString(unit.id()), "127.0.0.1",
				Map.of("before", Map.of("name", "Cũ", "code", "VN"), "after", Map.of("name", "Mới", "code", "VN")));
		this.auditLog.record(username, "PASSWORD_RESET", "user", username, "127.0.0.1",
				Map.of("generated", true, "sessionsEnded", 2));
		Cookie admin = MvcSignIn.session(this.mvc, "admin", DanvanIntegrationTest.ADMIN_PASSWORD);

		String page = this.mvc.perform(get("/admin/audit").param("actor", username).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Lưu phiên bản 7: 72 ô thay đổi, nhập trên trang.")
			.doesNotContain("source: FORM")
			.doesNotContain("changes: 72")
			.contains("<a href=\"/units/" + unit.id() + "\">Đơn vị " + unit.fullName() + "</a>")
			.contains("<th scope=\"row\">Tên</th>")
			.contains("<td>Cũ</td><td>Mới</td>")
			.doesNotContain("<th scope=\"row\">Mã</th>")
			.contains("Tài khoản Lê Thị Chi Tiết")
			.contains("Mật khẩu do hệ thống tạo: có; Số phiên đã kết thúc: 2.")
			.doesNotContain("??");
		// The unit filter is the unit picker, not a number to type: the unit filtered on
		// is named in it.
		String filtered = this.mvc.perform(get("/admin/audit").param("unit", Long.toString(unit.id())).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(filtered).contains("data-dv-unit-picker")
			.contains("data-dv-former=\"true\"")
			.contains("data-id=\"" + unit.id() + "\" data-name=\"" + unit.fullName() + "\"")
			.doesNotContain("Mã đơn vị (số)")
			.doesNotContain("type=\"number\"");

		String csv = new String(this.mvc.perform(get("/admin/audit/export").param("actor", username).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Lưu phiên bản 7: 72 ô thay đổi, nhập trên trang.\"")
			.contains("\"Đơn vị " + unit.fullName() + "\"")
			.contains("\"Tên: Cũ → Mới\"")
			.doesNotContain("{");
	}

	@Test
	void peopleAreShownByTheirNamesAndSystemActorsAsTheyAre() {
		String username = "nguoi." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Đỗ Văn Người", username + "@danvan.vn", "Mat-khau-nguoi-1",
				Set.of(Role.COMMISSION_OFFICER), null), "test");
		assertThat(this.people.name(username)).isEqualTo("Đỗ Văn Người");
		assertThat(this.people.name(username.toUpperCase(java.util.Locale.ROOT))).isEqualTo("Đỗ Văn Người");
		assertThat(this.people.name("demo-data")).isEqualTo("demo-data");
		assertThat(this.people.name(null)).isEmpty();
	}

	static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}

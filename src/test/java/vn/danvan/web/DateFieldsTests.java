package vn.danvan.web;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitKind;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A date typed in a form is read as {@code dd/MM/yyyy} whatever the language of the page
 * (issue 20), and one that is not a day is refused beside its field in Vietnamese. Shown
 * on the form that closes a unit (a {@code fragments/forms :: input} date).
 */
@DanvanIntegrationTest
class DateFieldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitAdministration administration;

	@Autowired
	Units units;

	@Test
	void aDateIsReadAsDayMonthYearAndABadOneIsRefusedInVietnamese() throws Exception {
		String code = "TD" + System.nanoTime() % 1_000_000;
		LocalDate start = LocalDate.of(2035, 1, 1);
		long root = this.administration.create(new NewUnit(code, "Gốc", "Gốc " + code, UnitKind.CENTRE, null, start),
				"test");
		long commune = this.administration
			.create(new NewUnit(code + "-X", "Thử", "Xã Thử " + code, UnitKind.COMMUNE, root, start), "test");
		Cookie admin = signIn();

		this.mvc.perform(get("/units/{id}/close", commune).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-dv-date")))
			.andExpect(content().string(containsString("placeholder=\"dd/mm/yyyy\"")))
			.andExpect(content().string(not(containsString("type=\"date\""))));
		this.mvc.perform(post("/units/{id}/close", commune).cookie(admin).with(csrf()).param("date", "31/02/2036"))
			.andExpect(content().string(containsString("id=\"date-error\"")))
			.andExpect(content()
				.string(containsString("Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 01/03/2025.")))
			.andExpect(content().string(containsString("value=\"31/02/2036\"")));
		assertThat(this.units.find(commune, LocalDate.of(2036, 6, 1))).isPresent();

		// In English, 01/03/2036 is still the first of March.
		this.mvc
			.perform(post("/units/{id}/close", commune).cookie(admin)
				.with(csrf())
				.param("lang", "en")
				.param("date", "01/03/2036"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.units.find(commune, LocalDate.of(2036, 2, 29))).isPresent();
		assertThat(this.units.find(commune, LocalDate.of(2036, 3, 1))).isEmpty();
	}

	private Cookie signIn() throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", DanvanIntegrationTest.ADMIN_PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("DANVAN_SESSION");
		assertThat(session).isNotNull();
		return session;
	}

}

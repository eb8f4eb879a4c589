package vn.danvan.practices.overview;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Theo đơn vị trực thuộc": a province sees its communes' practices counted row by row,
 * each count a link to the filtered list, the total the sum of the rows; a commune cannot
 * look at the province; a bad year is said and ignored.
 */
@DanvanIntegrationTest
class PracticeOverviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingFixtures fixtures;

	@Test
	void theProvinceSeesItsCommunesCountedRowByRowAndTheTotalAddsUp() throws Exception {
		ReportingFixture world = this.fixtures.create();
		practice(world.commune, "Tổ tự quản đường làng " + world.prefix, 2025, "IN_PROGRESS", "PROVINCE", true);
		practice(world.commune, "Dân vận khéo trong thu gom rác " + world.prefix, 2026, "REGISTERED", null, false);
		practice(world.otherCommune, "Nhà nhân ái " + world.prefix, 2026, "REPLICATED", "COMMUNE", false);
		practice(world.province, "Mô hình của tỉnh " + world.prefix, 2026, "IN_PROGRESS", null, false);
		Cookie province = MvcSignIn.session(this.mvc, world.provinceOfficer, ReportingFixture.PASSWORD);

		String page = page("/practices/by-unit", province);
		assertThat(page).contains("id=\"overview-title\"");
		// The commune's row: 2 registered (a link to its list with the units below), 1
		// under way,
		// 1 recognised by the province.
		String commune = row(page, world.commune);
		Matcher link = Pattern.compile("href=\"(/practices\\?unit=" + world.commune + "&amp;below=true[^\"]*)\"")
			.matcher(commune);
		assertThat(link.find()).as("the count links to the commune's list").isTrue();
		// The link opens the list behind the number: the same two practices.
		String list = page(link.group(1).replace("&amp;", "&"), province);
		assertThat(list).contains("Tổ tự quản đường làng " + world.prefix)
			.contains("Dân vận khéo trong thu gom rác " + world.prefix)
			.doesNotContain("Nhà nhân ái " + world.prefix);
		assertThat(cells(commune)).startsWith("2", "1", "0", "0", "1", "0", "1", "0");
		assertThat(cells(row(page, world.otherCommune))).startsWith("1", "0", "0", "1", "0", "0", "0", "1");
		// The province's own practice has a row of its own, and the total is the sum of
		// every row.
		assertThat(cells(row(page, world.province))).startsWith("1", "1");
		assertThat(cells(total(page))).startsWith("4", "2", "0", "1", "1", "0", "1", "1");

		// One year only.
		assertThat(cells(total(page("/practices/by-unit?year=2026", province)))).startsWith("3");

		// A bad year is said and ignored; the page still answers.
		String bad = page("/practices/by-unit?year=20x6", province);
		assertThat(bad).contains("id=\"overview-query-error\"").contains("Năm không hợp lệ");
		assertThat(cells(total(bad))).startsWith("4");

		// A commune's officer cannot look at the province, nor at another commune.
		Cookie commune1 = MvcSignIn.session(this.mvc, world.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/practices/by-unit").param("unit", "" + world.province).cookie(commune1))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/practices/by-unit").param("unit", "" + world.otherCommune).cookie(commune1))
			.andExpect(status().isNotFound());
		assertThat(cells(total(page("/practices/by-unit", commune1)))).startsWith("2");
	}

	private void practice(long unit, String name, int year, String status, String level, boolean exemplary) {
		this.jdbc
			.sql("""
					insert into practices.practice (name, kind, subject, owner_unit_id, fields, registered_on, status,
					                                level, recognised_on, exemplary, created_by, updated_by)
					values (:name, 'MODEL', 'COLLECTIVE', :unit, '{KINH_TE}', make_date(cast(:year as int), 3, 1), :status,
					        cast(:level as text), case when cast(:level as text) is null then null else make_date(cast(:year as int), 12, 1) end, :exemplary,
					        'test', 'test')
					""")
			.param("name", name)
			.param("unit", unit)
			.param("year", year)
			.param("status", status)
			.param("level", level)
			.param("exemplary", exemplary)
			.update();
	}

	private String page(String path, Cookie session) throws Exception {
		return this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String row(String page, long unit) {
		Matcher row = Pattern.compile("<tr[^>]*data-unit=\"" + unit + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("a row for unit %d", unit).isTrue();
		return row.group(1);
	}

	private static String total(String page) {
		Matcher row = Pattern.compile("id=\"overview-total\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
		assertThat(row.find()).as("the total row").isTrue();
		return row.group(1);
	}

	/** The numbers of a row's cells, in order. */
	private static String[] cells(String row) {
		Matcher cell = Pattern.compile("<td[^>]*>(?:<a[^>]*>)?([^<]*)").matcher(row);
		java.util.List<String> values = new java.util.ArrayList<>();
		while (cell.find()) {
			values.add(cell.group(1).strip());
		}
		return values.toArray(String[]::new);
	}

}

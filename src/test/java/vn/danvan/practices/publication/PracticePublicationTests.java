package vn.danvan.practices.publication;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Công bố": only a recognised practice, only by a commission officer or administrator of
 * the owner unit or above (the commune's reporting officer 403, another commune 404); the
 * page shows it and offers to withdraw; both steps audited.
 */
@DanvanIntegrationTest
class PracticePublicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingFixtures fixtures;

	RequestPostProcessor as(String username) {
		return httpBasic(username, ReportingFixture.PASSWORD);
	}

	@Test
	void aRecognisedPracticeIsPublishedByAnOfficerAboveAndWithdrawn() throws Exception {
		ReportingFixture world = this.fixtures.create();
		int lastYear = UnitScope.today().getYear() - 1;
		String created = this.mvc.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Dân vận khéo trong xây dựng đường giao thông %s", "kind": "MODEL", "subject": "COLLECTIVE",
				 "fields": ["NONG_THON_MOI"], "targetGroups": ["NONG_DAN"], "registeredOn": "%d-03-01"}
				""".formatted(world.prefix, lastYear)).with(as(world.communeOfficer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id.value")).longValue();
		String path = "/api/v1/practices/" + id;

		this.mvc.perform(put(path + "/publication").with(as(world.provinceOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("practices.publication.error.notRecognised"))
			.andExpect(jsonPath("$.detail").value(containsString("đã được công nhận")));

		this.mvc
			.perform(post(path + "/start").contentType(MediaType.APPLICATION_JSON)
				.content("{\"on\": \"" + lastYear + "-03-15\", \"note\": \"Ra quân\"}")
				.with(as(world.communeOfficer)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(path + "/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": " + lastYear
						+ ", \"grade\": \"EXCELLENT\", \"effective\": true, \"comment\": \"Tốt\"}")
				.with(as(world.provinceOfficer)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post(path + "/recognitions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"recognisedOn\": \"" + UnitScope.today() + "\", \"exemplary\": true}")
				.with(as(world.provinceOfficer)))
			.andExpect(status().isCreated());

		this.mvc.perform(put(path + "/publication").with(as(world.communeOfficer)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("practices.publication.error.notOfficer"));
		this.mvc.perform(put(path + "/publication").with(as(world.otherCommuneOfficer)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					put(path + "/publication").param("note", "  Tiêu biểu   của tỉnh ").with(as(world.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedBy").value(world.provinceOfficer))
			.andExpect(jsonPath("$.note").value("Tiêu biểu của tỉnh"));

		Cookie commune = MvcSignIn.session(this.mvc, world.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/practices/{id}", id).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã công bố")))
			.andExpect(content().string(not(containsString("withdraw-publication"))));
		Cookie province = MvcSignIn.session(this.mvc, world.provinceOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(post("/practices/{id}/publication/withdraw", id).with(csrf()).cookie(province))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/practices/{id}", id).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"publish\"")))
			.andExpect(content().string(not(containsString("publication-state"))));
		this.mvc.perform(delete(path + "/publication").with(as(world.provinceOfficer)))
			.andExpect(status().isNoContent());
		assertThat(this.jdbc.sql("""
				select action from accounts.audit_log where target_type = 'practice' and target_id = ?
				   and action like 'PRACTICE_%PUBLISHED' order by id""")
			.param(String.valueOf(id))
			.query(String.class)
			.list()).containsExactly("PRACTICE_PUBLISHED", "PRACTICE_UNPUBLISHED");
	}

}

package vn.danvan.reporting.catalogue;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue pages as an administrator of the centre (the catalogue is national):
 * indicators with errors beside the fields and a stale edit refused, rules, breakdowns,
 * the template editor with and without script, and a frozen template saved as a new
 * version; refused to a reporting officer.
 */
@DanvanIntegrationTest
class CataloguePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitAdministration units;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	ReportingFixture world;

	Cookie officer;

	@BeforeEach
	void setUp() throws Exception {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		// The catalogue is a national setting: an administrator of the centre changes it
		// (a province's commission officer reads it; AuthorizationMatrixTests probes who
		// else is refused).
		this.officer = signIn(this.world.user(Role.ADMINISTRATOR, this.world.centre));
	}

	@Test
	void theIndicatorListSearchesWithoutDiacriticsAndIsRefusedToReportingOfficers() throws Exception {
		this.mvc
			.perform(get("/reporting/indicators").param("q", "so mo hinh dang ky " + this.world.prefix.toLowerCase())
				.cookie(this.officer))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reporting/indicators").param("q", this.world.prefix.toLowerCase()).cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Có 6 chỉ tiêu")))
			.andExpect(content().string(containsString("Số mô hình đăng ký")))
			.andExpect(content().string(containsString("Lĩnh vực")))
			.andExpect(content().string(containsString("≤ 100")))
			.andExpect(content().string(containsString("≥ 0")))
			.andExpect(content().string(containsString(this.world.code("MEM") + " / " + this.world.code("ELIG"))));
		this.mvc.perform(get("/reporting/indicators").param("q", "mo hinh hieu qua").cookie(this.officer))
			.andExpect(content().string(containsString(this.world.code("EFF"))));
		Cookie commune = signIn(this.world.communeOfficer);
		this.mvc.perform(get("/reporting/indicators").cookie(commune)).andExpect(status().isForbidden());
		this.mvc.perform(get("/reporting/templates").cookie(commune)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").cookie(this.officer))
			.andExpect(content().string(containsString("id=\"nav-report-templates\"")));
		this.mvc.perform(get("/").cookie(commune))
			.andExpect(content().string(not(containsString("id=\"nav-report-templates\""))));
	}

	@Test
	void anIndicatorIsCreatedAfterItsErrorsAreShownBesideTheFields() throws Exception {
		String code = this.world.code("NEW");
		this.mvc
			.perform(post("/reporting/indicators/new").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", " ")
				.param("valueType", "DECIMAL")
				.param("aggregation", "SUM")
				.param("minValue", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"minValue-error\"")))
			.andExpect(content().string(containsString("&quot;abc&quot; không phải là số.")))
			.andExpect(content().string(containsString("value=\"" + code + "\"")));
		this.mvc
			.perform(post("/reporting/indicators/new").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", " ")
				.param("valueType", "DECIMAL")
				.param("aggregation", "SUM")
				.param("minValue", "1.000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Tên là trường bắt buộc.")));
		this.mvc
			.perform(post("/reporting/indicators/new").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", "Giá trị vận động")
				.param("valueType", "PERCENTAGE")
				.param("aggregation", "SUM")
				.param("numerator", this.world.code("MEM"))
				.param("denominator", this.world.code("MEM")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"numerator-error\"")));
		this.mvc
			.perform(post("/reporting/indicators/new").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", "Giá trị vận động")
				.param("unitOfMeasure", "triệu đồng")
				.param("valueType", "DECIMAL")
				.param("aggregation", "SUM")
				.param("required", "true")
				.param("minValue", "0")
				.param("maxValue", "1.000.000,5"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/reporting/indicators/*/edit"));
		Indicator created = this.catalogue.indicatorByCode(code).orElseThrow();
		assertThat(created.maxValue()).isEqualByComparingTo("1000000.5");
		assertThat(created.required()).isTrue();
		this.mvc.perform(get("/reporting/indicators/{id}/edit", created.id()).cookie(this.officer))
			.andExpect(content().string(containsString("value=\"1.000.000,5\"")))
			.andExpect(content().string(containsString("readonly")));
	}

	@Test
	void anEditFromAStalePageIsRefusedWithAConflictMessage() throws Exception {
		Indicator mem = this.catalogue.indicatorByCode(this.world.code("MEM")).orElseThrow();
		this.mvc
			.perform(post("/reporting/indicators/{id}/edit", mem.id()).cookie(this.officer)
				.with(csrf())
				.param("name", "Số hội viên cuối kỳ")
				.param("valueType", "INTEGER")
				.param("aggregation", "SUM")
				.param("version", String.valueOf(mem.version())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/reporting/indicators/" + mem.id() + "/edit"));
		this.mvc
			.perform(post("/reporting/indicators/{id}/edit", mem.id()).cookie(this.officer)
				.with(csrf())
				.param("name", "Ten khac")
				.param("valueType", "INTEGER")
				.param("aggregation", "SUM")
				.param("version", String.valueOf(mem.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("vừa được người khác sửa")))
			.andExpect(content().string(containsString("value=\"Ten khac\"")));
		assertThat(this.catalogue.indicator(mem.id()).name()).isEqualTo("Số hội viên cuối kỳ");
		this.mvc.perform(get("/reporting/indicators/{id}/edit", Long.MAX_VALUE).cookie(this.officer))
			.andExpect(status().isNotFound());
	}

	@Test
	void rulesAreAddedAndDeletedOnTheIndicatorsPage() throws Exception {
		Indicator eff = this.catalogue.indicatorByCode(this.world.code("EFF")).orElseThrow();
		this.mvc.perform(get("/reporting/indicators/{id}/edit", eff.id()).cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không lớn hơn &quot;Số mô hình đăng ký&quot;")));
		this.mvc
			.perform(post("/reporting/indicators/{id}/rules", eff.id()).cookie(this.officer)
				.with(csrf())
				.param("kind", "CHANGE_WARNING")
				.param("threshold", "không")
				.param("severity", "WARNING"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"threshold-error\"")));
		this.mvc
			.perform(post("/reporting/indicators/{id}/rules", eff.id()).cookie(this.officer)
				.with(csrf())
				.param("kind", "CHANGE_WARNING")
				.param("threshold", "30,5")
				.param("severity", "WARNING"))
			.andExpect(status().isFound());
		Rule added = this.catalogue.rulesOf(eff.id())
			.stream()
			.filter((r) -> r.kind() == Rule.Kind.CHANGE_WARNING)
			.findFirst()
			.orElseThrow();
		assertThat(added.threshold()).isEqualByComparingTo("30.5");
		this.mvc.perform(get("/reporting/indicators/{id}/edit", eff.id()).cookie(this.officer))
			.andExpect(content().string(containsString("Tăng hoặc giảm quá 30,5%")));
		this.mvc
			.perform(post("/reporting/indicators/{id}/rules/{rule}/delete", eff.id(), added.id()).cookie(this.officer)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.catalogue.rulesOf(eff.id())).extracting(Rule::kind).containsExactly(Rule.Kind.NOT_GREATER_THAN);
	}

	@Test
	void aBreakdownIsCreatedFromLinesOfCodesAndNames() throws Exception {
		String code = this.world.code("ORG");
		this.mvc
			.perform(post("/reporting/breakdowns").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", "Tổ chức")
				.param("items", "MT | Mặt trận\nHND Hội Nông dân"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"items-error\"")))
			.andExpect(content().string(containsString("Dòng 2")));
		this.mvc
			.perform(post("/reporting/breakdowns").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", "Tổ chức")
				.param("items", "MT | Mặt trận\n\nHND | Hội Nông dân\n"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/reporting/breakdowns").cookie(this.officer))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("Hội Nông dân")));
	}

	@Test
	void theTemplateEditorKeepsWhatWasTypedOnErrorAndSavesTheStructure() throws Exception {
		String code = this.world.code("NEWTPL");
		this.mvc.perform(get("/reporting/templates/new").cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sections[2].title\"")))
			.andExpect(content().string(containsString("<datalist id=\"indicator-codes\">")));
		this.mvc
			.perform(post("/reporting/templates/new").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", "Báo cáo chuyên đề")
				.param("levels", "COMMUNE")
				.param("sections[0].depth", "0")
				.param("sections[0].label", "Phần thứ nhất")
				.param("sections[0].title", "KẾT QUẢ")
				.param("sections[1].depth", "1")
				.param("sections[1].label", "I.")
				.param("sections[1].title", "Mo hinh")
				.param("sections[1].narrative", "true")
				.param("sections[1].indicators", this.world.code("REG") + ", KHONG_CO")
				.param("sections[2].depth", "1")
				.param("action", "save"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(containsString("Dòng 2 của cấu trúc báo cáo: Không có chỉ tiêu mã &quot;KHONG_CO&quot;.")))
			.andExpect(content().string(containsString("id=\"sections-1-error\"")))
			.andExpect(content().string(containsString("value=\"Mo hinh\"")))
			.andExpect(content().string(containsString("không có chỉ tiêu mã này")));
		assertThat(this.catalogue.templates()).extracting(Template::code).doesNotContain(code);

		this.mvc
			.perform(post("/reporting/templates/new").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", "Báo cáo chuyên đề")
				.param("levels", "COMMUNE")
				.param("sections[0].depth", "1")
				.param("sections[0].label", "I.")
				.param("sections[0].title", "Mo hinh")
				.param("sections[1].depth", "0")
				.param("sections[1].label", "Phan thu nhat")
				.param("sections[1].title", "KET QUA")
				.param("action", "up:1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sections[0].title\" value=\"KET QUA\"")))
			.andExpect(content().string(containsString("name=\"sections[1].title\" value=\"Mo hinh\"")));

		this.mvc
			.perform(post("/reporting/templates/new").cookie(this.officer)
				.with(csrf())
				.param("code", code.toLowerCase())
				.param("name", "Báo cáo chuyên đề")
				.param("levels", "COMMUNE")
				.param("kinds", "COMMUNE", "WARD")
				.param("sections[0].depth", "0")
				.param("sections[0].label", "Phần thứ nhất")
				.param("sections[0].title", "KẾT QUẢ")
				.param("sections[1].depth", "1")
				.param("sections[1].label", "I.")
				.param("sections[1].title", "Mô hình")
				.param("sections[1].guidance", "Nêu các mô hình tiêu biểu.")
				.param("sections[1].narrative", "true")
				.param("sections[1].indicators", this.world.code("REG").toLowerCase() + " " + this.world.code("EFF"))
				.param("sections[2].depth", "1")
				.param("sections[2].title", "")
				.param("action", "save"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/reporting/templates/*"));
		Template created = this.catalogue.templates()
			.stream()
			.filter((t) -> t.code().equals(code))
			.findFirst()
			.orElseThrow();
		TemplateStructure structure = this.catalogue.structure(created.latestVersionId());
		assertThat(structure.sections()).hasSize(2);
		assertThat(structure.sections().get(1).narrative()).isTrue();
		assertThat(structure.sections().get(1).indicatorIds()).hasSize(2);
		this.mvc.perform(get("/reporting/templates/{id}", created.id()).cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Phần thứ nhất</span>")))
			.andExpect(content().string(containsString("Nêu các mô hình tiêu biểu.")))
			.andExpect(content().string(containsString("— Kinh tế")))
			.andExpect(content().string(containsString("Phường")));
		this.mvc
			.perform(post("/reporting/templates/new").cookie(this.officer)
				.with(csrf())
				.param("code", code)
				.param("name", "Trùng mã")
				.param("levels", "COMMUNE")
				.param("sections[0].title", "Một mục")
				.param("action", "save"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("Đã có biểu mẫu mã")));
	}

	@Test
	void aFrozenTemplateIsSavedAsANewVersion() throws Exception {
		this.world.openPeriod("6 tháng đầu năm 2032", LocalDate.of(2031, 12, 15), LocalDate.of(2032, 6, 14),
				LocalDate.of(2032, 6, 20));
		long id = this.world.template.template().id();
		this.mvc.perform(get("/reporting/templates/{id}/edit", id).cookie(this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Biểu mẫu đã dùng cho kỳ báo cáo: lưu sẽ tạo phiên bản mới")))
			.andExpect(content()
				.string(containsString("value=\"" + this.world.code("MEM") + ", " + this.world.code("ELIG"))));
		this.mvc
			.perform(post("/reporting/templates/{id}/edit", id).cookie(this.officer)
				.with(csrf())
				.param("name", "Báo cáo thử, sửa")
				.param("levels", "COMMUNE")
				.param("version", "1")
				.param("rowVersion", "0")
				.param("sections[0].depth", "1")
				.param("sections[0].title", "Hội viên")
				.param("sections[0].indicators", this.world.code("MEM"))
				.param("action", "save"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/reporting/templates/" + id));
		Template changed = this.catalogue.template(id);
		assertThat(changed.latestVersion()).isEqualTo(2);
		assertThat(changed.latestFrozen()).isFalse();
		assertThat(this.catalogue.structure(id, 1).sections()).hasSize(3);
		this.mvc.perform(get("/reporting/templates/{id}", id).param("version", "1").cookie(this.officer))
			.andExpect(content().string(containsString("Đây là phiên bản cũ")));
		// The page the officer saved from is now outdated.
		this.mvc
			.perform(post("/reporting/templates/{id}/edit", id).cookie(this.officer)
				.with(csrf())
				.param("name", "Báo cáo thử, sửa lần nữa")
				.param("levels", "COMMUNE")
				.param("version", "1")
				.param("rowVersion", "0")
				.param("sections[0].title", "Hội viên")
				.param("action", "save"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("vừa được người khác lưu")));
	}

	private Cookie signIn(String username) throws Exception {
		return MvcSignIn.session(this.mvc, username, ReportingFixture.PASSWORD);
	}

}

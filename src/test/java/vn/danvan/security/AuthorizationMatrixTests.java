package vn.danvan.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.directives.DirectiveForm;
import vn.danvan.directives.DirectiveStatus;
import vn.danvan.directives.DirectiveType;
import vn.danvan.directives.Directives;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.RuleDefinition;
import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.ValueType;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The authorization model of {@code docs/security.md}, checked against the application:
 * every mapped endpoint (pages and API) must be in the table, and the write endpoints of
 * directives, periods, reports, the catalogue, the format profile, the boundary map, the
 * rebuild, users and units are called by every role from the owner unit, a unit above it,
 * a unit below it and a unit elsewhere (and by the administrator of the whole system). An
 * allowed call must be done (the state changed); a refused one must answer 403 or 404 and
 * leave the state as it was.
 */
@DanvanIntegrationTest
class AuthorizationMatrixTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

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
	Directives directives;

	ReportingFixture world;

	/** a province beside the fixture's, for "elsewhere" */
	long otherProvince;

	/** a village below the first commune, for "below" a commune's report */
	long village;

	final Map<String, SignedInUser> users = new HashMap<>();

	final AtomicInteger sequence = new AtomicInteger(1000);

	final List<String> failures = new ArrayList<>();

	int probes;

	@Test
	void everyMappedEndpointIsClassifiedInTheTableAndEveryRowIsMapped() throws Exception {
		Set<String> mapped = mappedEndpoints();
		EndpointTable table = EndpointTable.read();
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(table.rows().keySet());
		Set<String> stale = new TreeSet<>(table.rows().keySet());
		stale.removeAll(mapped);
		assertThat(missing)
			.as("endpoints missing from the table of %s:%n%s", EndpointTable.FILE, String.join("\n",
					missing.stream().map((k) -> "| `" + k.replaceFirst(" ", "` | `") + "` |  | `?` |").toList()))
			.isEmpty();
		assertThat(stale).as("rows of %s that match no endpoint", EndpointTable.FILE).isEmpty();
	}

	Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : info.getPatternValues()) {
					for (String method : methods) {
						endpoints.add(method + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

	@BeforeEach
	void setUp() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.otherProvince = this.units.create(new NewUnit(this.world.prefix + "Q", "Tỉnh Khác " + this.world.prefix,
				null, UnitKind.PROVINCE, this.world.centre, ReportingFixture.START), "test");
		this.village = this.units.create(new NewUnit(this.world.prefix + "V", "Thôn Một " + this.world.prefix, null,
				UnitKind.VILLAGE, this.world.commune, ReportingFixture.START), "test");
	}

	// --- directives: owned by the province that registered them ---

	@Test
	void directivesAreChangedOnlyByOfficersOfTheirOwnerUnitOrAbove() throws Exception {
		Map<Relation, Long> province = aroundProvince();
		LongSupplier fresh = () -> registerDirective(officer(this.world.province));
		LongFunction<String> state = this::directiveState;
		probe("PUT /api/v1/directives/{id}", province, fresh, state,
				(id) -> put("/api/v1/directives/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content(directiveJson(id, "Đã sửa qua API")));
		probe("DELETE /api/v1/directives/{id}", province, fresh, state, (id) -> delete("/api/v1/directives/{id}", id));
		probe("POST /api/v1/directives/{id}/attachments", province, fresh, state,
				(id) -> multipart("/api/v1/directives/{id}/attachments", id).file(pdf()));
		probe("POST /directives/{id:\\d+}/edit", province, fresh, state,
				(id) -> directivePage(post("/directives/{id}/edit", id), id, "Đã sửa trên trang"));
		probe("POST /directives/{id:\\d+}/delete", province, fresh, state, (id) -> post("/directives/{id}/delete", id));
		probe("POST /directives/{id:\\d+}/attachments", province, fresh, state,
				(id) -> multipart("/directives/{id}/attachments", id).file(pdf()));
		LongFunction<String> aliases = (id) -> state.apply(id) + " aliases " + this.jdbc.sql(
				"select coalesce(string_agg(alias, ';' order by position), '') from directives.directive_alias where directive_id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("PUT /api/v1/directives/{id}/aliases", province, fresh, aliases,
				(id) -> put("/api/v1/directives/{id}/aliases", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"aliases\": [\"Kế hoạch dân vận số " + id + "\"]}"));
		probe("POST /directives/{id:\\d+}/aliases", province, fresh, aliases,
				(id) -> post("/directives/{id}/aliases", id).param("aliases", "Kế hoạch dân vận trang " + id));
		assertNoFailures();
	}

	// --- periods: owned by the unit that opened them ---

	@Test
	void periodsAreClosedAndReopenedOnlyByOfficersOfTheUnitThatOpenedThemOrAbove() throws Exception {
		Map<Relation, Long> province = aroundProvince();
		LongFunction<String> state = (id) -> this.jdbc
			.sql("select coalesce(closed_at::text, 'open') from reporting.period where id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("POST /reporting/periods/{id}/close", province, () -> openPeriod().id(), state,
				(id) -> post("/reporting/periods/{id}/close", id));
		probe("POST /reporting/periods/{id}/reopen", province, () -> {
			long id = openPeriod().id();
			this.periods.close(officer(this.world.province), id);
			return id;
		}, state, (id) -> post("/reporting/periods/{id}/reopen", id));
		assertNoFailures();
	}

	// --- reports: edited by their own unit, reviewed by the units above ---

	@Test
	void aReportIsEditedOnlyByItsOwnUnitAndReviewedOnlyByTheUnitsAbove() throws Exception {
		Map<Relation, Long> commune = new EnumMap<>(Map.of(Relation.SAME, this.world.commune, Relation.ABOVE,
				this.world.province, Relation.BELOW, this.village, Relation.ELSEWHERE, this.world.otherCommune));
		LongFunction<String> state = (id) -> this.jdbc
			.sql("select state || ' v' || version from reporting.submission where id = ?")
			.param(id)
			.query(String.class)
			.single();
		LongSupplier draft = () -> communeReport(openPeriod()).id();
		LongSupplier handedIn = () -> {
			Submission report = communeReport(openPeriod());
			SignedInUser own = this.world.signedIn(this.world.communeOfficer);
			Submission saved = this.submissions.save(own, report.id(), report.version(), complete(), Map.of(), "FORM");
			return this.submissions.submit(own, saved.id(), saved.version()).id();
		};
		LongSupplier approved = () -> {
			long id = handedIn.getAsLong();
			this.submissions.approve(officer(this.world.province), id, version(id));
			return id;
		};
		String mem = this.world.code("MEM");
		probe("PUT /api/v1/submissions/{id}", commune, draft, state,
				(id) -> put("/api/v1/submissions/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": %d, \"values\": {\"%s\": 7}}".formatted(version(id), mem)));
		probe("POST /reporting/submissions/{id}/draft", commune, draft, state,
				(id) -> post("/reporting/submissions/{id}/draft", id).param("version", "" + version(id))
					.param("v." + mem, "8"));
		probe("POST /reporting/submissions/{id}", commune, draft, state,
				(id) -> post("/reporting/submissions/{id}", id).param("version", "" + version(id))
					.param("v." + mem, "9"));
		LongSupplier complete = () -> {
			Submission report = communeReport(openPeriod());
			return this.submissions
				.save(this.world.signedIn(this.world.communeOfficer), report.id(), report.version(), complete(),
						Map.of(), "FORM")
				.id();
		};
		probe("POST /api/v1/submissions/{id}/submit", commune, complete, state,
				(id) -> post("/api/v1/submissions/{id}/submit", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": %d}".formatted(version(id))));
		probe("POST /reporting/submissions/{id}/submit", commune, complete, state,
				(id) -> post("/reporting/submissions/{id}/submit", id).param("version", "" + version(id)));
		probe("POST /api/v1/submissions/{id}/return", commune, handedIn, state,
				(id) -> post("/api/v1/submissions/{id}/return", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": %d, \"comment\": \"Chưa khớp\"}".formatted(version(id))));
		probe("POST /reporting/submissions/{id}/approve", commune, handedIn, state,
				(id) -> post("/reporting/submissions/{id}/approve", id).param("version", "" + version(id)));
		probe("POST /api/v1/submissions/{id}/reopen", commune, approved, state,
				(id) -> post("/api/v1/submissions/{id}/reopen", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": %d, \"reason\": \"Sửa số liệu\"}".formatted(version(id))));
		assertNoFailures();
	}

	// --- practices ("Dân vận khéo"): changed by their own unit, evaluated from above ---

	@Test
	void practicesAreChangedByTheirOwnUnitAndEvaluatedOnlyByTheUnitsAbove() throws Exception {
		Map<Relation, Long> commune = new EnumMap<>(Map.of(Relation.SAME, this.world.commune, Relation.ABOVE,
				this.world.province, Relation.BELOW, this.village, Relation.ELSEWHERE, this.world.otherCommune));
		int lastYear = LocalDate.now().getYear() - 1;
		LongSupplier practice = () -> registerPractice(lastYear);
		LongFunction<String> state = (id) -> this.jdbc
			.sql("select name || ' v' || version || ' ' || status || ' e' || "
					+ "(select count(*) from practices.evaluation e where e.practice_id = p.id) "
					+ "from practices.practice p where id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("PUT /api/v1/practices/{id}", commune, practice, state,
				(id) -> put("/api/v1/practices/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content(practiceJson("Mô hình đã sửa " + this.sequence.incrementAndGet(), lastYear, id)));
		probe("POST /api/v1/practices/{id}/evaluations", commune, practice, state,
				(id) -> post("/api/v1/practices/{id}/evaluations", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"year\": %d, \"grade\": \"GOOD\", \"effective\": true}".formatted(lastYear)));
		// "Công bố" of a recognised practice, and its withdrawal: officers of the owner
		// unit or above.
		LongFunction<String> published = (id) -> this.jdbc
			.sql("select count(*)::text from practices.publication where practice_id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("PUT /api/v1/practices/{id}/publication", commune, () -> recognisedPractice(lastYear), published,
				(id) -> put("/api/v1/practices/{id}/publication", id));
		probe("DELETE /api/v1/practices/{id}/publication", commune, () -> {
			long id = recognisedPractice(lastYear);
			perform(put("/api/v1/practices/{id}/publication", id), officer(this.world.province));
			assertThat(published.apply(id)).isEqualTo("1");
			return id;
		}, published, (id) -> delete("/api/v1/practices/{id}/publication", id));
		assertNoFailures();
	}

	/** A practice of the commune, started, evaluated and recognised by the province. */
	long recognisedPractice(int year) {
		long id = registerPractice(year);
		perform(post("/api/v1/practices/{id}/start", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"" + year + "-04-20\", \"note\": \"Ra quân\"}"),
				signedIn(Role.REPORTING_OFFICER, this.world.commune));
		perform(post("/api/v1/practices/{id}/evaluations", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": " + year + ", \"grade\": \"EXCELLENT\", \"effective\": true}"),
				officer(this.world.province));
		perform(post("/api/v1/practices/{id}/recognitions", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recognisedOn\": \"" + UnitScope.today() + "\", \"exemplary\": false}"),
				officer(this.world.province));
		assertThat(this.jdbc.sql("select count(*) from practices.practice where id = ? and recognised_on is not null")
			.param(id)
			.query(Integer.class)
			.single()).as("practice %d recognised", id).isEqualTo(1);
		return id;
	}

	long registerPractice(int year) {
		try {
			String body = this.mvc
				.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
					.content(practiceJson("Mô hình thử " + this.world.prefix + " " + this.sequence.incrementAndGet(),
							year, null))
					.with(user(signedIn(Role.REPORTING_OFFICER, this.world.commune)))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\\{\"value\":(\\d+)\\}|\"id\":(\\d+)")
				.matcher(body);
			assertThat(id.find()).as("a practice registered: %s", body).isTrue();
			return Long.parseLong((id.group(1) != null) ? id.group(1) : id.group(2));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	String practiceJson(String name, int year, Long id) {
		String version = (id != null)
				? ", \"version\": " + this.jdbc.sql("select version from practices.practice where id = ?")
					.param(id)
					.query(Integer.class)
					.single()
				: "";
		return """
				{"name": "%s", "kind": "MODEL", "subject": "COLLECTIVE", "fields": ["KINH_TE"],
				 "targetGroups": ["NONG_DAN"], "registeredOn": "%d-04-01", "startedOn": "%d-04-15",
				 "description": "Tổ hợp tác"%s}""".formatted(name, year, year, version);
	}

	// --- national settings ---

	@Test
	void theCatalogueIsChangedOnlyByAdministratorsOfTheCentre() throws Exception {
		Map<Relation, Long> centre = aroundCentre();
		LongSupplier indicator = () -> this.catalogue
			.defineIndicator(systemAdministrator(),
					new IndicatorDefinition(this.world.code("N" + this.sequence.incrementAndGet()), "Chỉ tiêu thử", "",
							ValueType.INTEGER, Aggregation.SUM, null, null, null, false, null, null, ""))
			.id();
		LongFunction<String> indicatorState = (id) -> this.jdbc.sql(
				"select name || ' ' || coalesce(max_value::text, '-') || ' v' || version from reporting.indicator where id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("PUT /api/v1/indicators/{id}", centre, indicator, indicatorState,
				(id) -> put("/api/v1/indicators/{id}", id).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "Đã sửa", "valueType": "INTEGER", "aggregation": "SUM", "maxValue": 5,
						 "version": %d}""".formatted(indicatorVersion(id))));
		probe("POST /reporting/indicators/{id}/edit", centre, indicator, indicatorState,
				(id) -> post("/reporting/indicators/{id}/edit", id).param("name", "Đã sửa trên trang")
					.param("valueType", "INTEGER")
					.param("aggregation", "SUM")
					.param("maxValue", "5")
					.param("version", "" + indicatorVersion(id)));
		String count = "select count(*)::text from reporting.indicator where code like '" + this.world.prefix + "%'";
		probe("POST /api/v1/indicators", centre, () -> 0, (id) -> this.jdbc.sql(count).query(String.class).single(),
				(id) -> post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"code": "%s", "name": "Chỉ tiêu mới", "valueType": "INTEGER", "aggregation": "SUM"}"""
						.formatted(this.world.code("NEW" + this.sequence.incrementAndGet()))));
		LongSupplier rule = () -> this.catalogue.defineRule(systemAdministrator(),
				new RuleDefinition(Rule.Kind.NOT_GREATER_THAN, Rule.Severity.ERROR, this.world.code("EFF"),
						this.world.code("REG"), null, ""));
		probe("POST /reporting/indicators/{id}/rules/{ruleId}/delete", centre, rule,
				(id) -> this.jdbc.sql("select count(*)::text from reporting.rule where id = ?")
					.param(id)
					.query(String.class)
					.single(),
				(id) -> post("/reporting/indicators/{id}/rules/{ruleId}/delete",
						this.catalogue.indicatorByCode(this.world.code("EFF")).orElseThrow().id(), id));
		assertNoFailures();
	}

	@Test
	void theFormatProfileTheBoundaryMapAndTheRebuildAreNationalSettings() throws Exception {
		Map<Relation, Long> centre = aroundCentre();
		// The check comes before the content is read: allowed callers get past it (their
		// empty form or file is refused for what it holds, 422), refused ones get
		// 403/404;
		// nobody changes anything here.
		probeCheckOnly("POST /admin/documents/profile", centre,
				() -> this.jdbc.sql("select string_agg(code || ' v' || version, ',') from documents.format_profile")
					.query(String.class)
					.single(),
				() -> post("/admin/documents/profile").param("version", "-1"));
		probeCheckOnly("POST /analytics/maps", centre,
				() -> this.jdbc.sql("select coalesce((select file_name from analytics.boundary_map), 'none')")
					.query(String.class)
					.single(),
				() -> multipart("/analytics/maps")
					.file(new MockMultipartFile("file", "x.geojson", "application/geo+json", "{}".getBytes())));
		String runs = "select count(*)::text from analytics.rebuild_run";
		probeRefusedOnly("POST /analytics/admin/rebuild", centre,
				() -> this.jdbc.sql(runs).query(String.class).single(), () -> post("/analytics/admin/rebuild"));
		probeRefusedOnly("POST /analytics/maps/remove", centre,
				() -> this.jdbc.sql("select coalesce((select file_name from analytics.boundary_map), 'none')")
					.query(String.class)
					.single(),
				() -> post("/analytics/maps/remove"));
		assertNoFailures();
	}

	// --- users and units: administrators, within their scope ---

	@Test
	void usersAndUnitsAreChangedOnlyByAdministratorsOfTheirUnitOrAbove() throws Exception {
		Map<Relation, Long> province = aroundProvince();
		LongSupplier user = () -> this.accounts.principal(this.world.user(Role.VIEWER, this.world.province))
			.orElseThrow()
			.id();
		probe("POST /admin/users/{id}", province, user,
				(id) -> this.jdbc.sql("select display_name || ' v' || version from accounts.app_user where id = ?")
					.param(id)
					.query(String.class)
					.single(),
				(id) -> post("/admin/users/{id}", id).param("displayName", "Tên đã đổi " + id)
					.param("roles", "VIEWER")
					.param("unitId", "" + this.world.province)
					.param("enabled", "true")
					.param("version",
							"" + this.jdbc.sql("select version from accounts.app_user where id = ?")
								.param(id)
								.query(Integer.class)
								.single()));
		// A unit is owned by the unit above it: the commune is changed from the province
		// (or
		// above), never by its own administrators nor from elsewhere.
		AtomicInteger day = new AtomicInteger();
		probe("POST /units/{id}/edit", province, () -> this.world.commune,
				(id) -> this.jdbc.sql("select count(*)::text from units.unit_version where unit_id = ?")
					.param(id)
					.query(String.class)
					.single(),
				(id) -> post("/units/{id}/edit", id).param("code", this.world.prefix + "C1")
					.param("name", "Xã Bình An " + this.world.prefix + " " + this.sequence.incrementAndGet())
					.param("kind", "COMMUNE")
					.param("parentId", "" + this.world.province)
					.param("effective", ReportingFixture.START.plusDays(day.incrementAndGet()).toString())
					.param("version", this.units.versionToken(id)));
		assertNoFailures();
	}

	// --- periods opened, directive actions declared and recorded: for units of the scope
	// ---

	@Test
	void periodsAreOpenedAndDirectiveActionsDeclaredAndRecordedOnlyForUnitsOfTheScope() throws Exception {
		Map<Relation, Long> commune = aroundCommune();
		String periods = "select count(*)::text from reporting.period where name like 'Kỳ mở thử " + this.world.prefix
				+ "%'";
		probe("POST /api/v1/periods", commune, () -> 0, (id) -> this.jdbc.sql(periods).query(String.class).single(),
				(id) -> post("/api/v1/periods").contentType(MediaType.APPLICATION_JSON)
					.content(
							"""
									{"templateId": %d, "type": "SIX_MONTH", "name": "Kỳ mở thử %s %d", "windowFrom": "2037-01-01",
									 "windowTo": "2037-06-30", "deadline": "2037-07-10", "units": [%d]}"""
								.formatted(this.world.template.template().id(), this.world.prefix,
										this.sequence.incrementAndGet(), this.world.commune)));
		// An action of a province's directive, for the communes of the province: declared
		// by the officers who see the directive and hold the province in their scope.
		Map<Relation, Long> province = aroundProvince();
		LongSupplier directive = () -> registerDirective(officer(this.world.province));
		LongFunction<String> actions = (id) -> this.jdbc
			.sql("select count(*)::text from directives.action where directive_id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("POST /api/v1/directives/{id}/actions", province, directive, actions,
				(id) -> post("/api/v1/directives/{id}/actions", id).contentType(MediaType.APPLICATION_JSON)
					.content(actionJson(this.world.province)));
		// The commune's record of what it did: reporting officers and officers whose
		// scope
		// holds the commune.
		LongSupplier action = () -> declareAction(registerDirective(officer(this.world.province)));
		LongFunction<String> records = (id) -> this.jdbc
			.sql("select count(*)::text from directives.action_record where action_id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("POST /api/v1/directives/{id}/actions/{actionId}/records", commune, action, records,
				(id) -> post("/api/v1/directives/{id}/actions/{actionId}/records", directiveOf(id), id)
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"unitId": %d, "doneOn": "%s", "documentNumber": "05-KH/ĐU", "participants": 87,
							 "note": "Xong %d"}""".formatted(this.world.commune, LocalDate.now().minusDays(1),
							this.sequence.incrementAndGet())));
		probe("POST /directives/actions/{actionId:\\d+}/record", commune, action, records,
				(id) -> post("/directives/actions/{actionId}/record", id).param("unitId", "" + this.world.commune)
					.param("doneOn", LocalDate.now().minusDays(1).toString())
					.param("documentNumber", "06-KH/ĐU")
					.param("participants", "12")
					.param("note", "Trên trang " + this.sequence.incrementAndGet()));
		assertNoFailures();
	}

	// --- review-report drafts: composed by officers of the unit or above ---

	@Test
	void reviewDraftsAreComposedAndSavedOnlyByOfficersOfTheirUnitOrAbove() throws Exception {
		Map<Relation, Long> province = aroundProvince();
		LongFunction<String> drafts = (periodId) -> this.jdbc
			.sql("select count(*)::text from documents.review_draft where period_id = ?")
			.param(periodId)
			.query(String.class)
			.single();
		probe("POST /api/v1/review-reports", province, this::periodWithAReport, drafts,
				(periodId) -> post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
					.content("{\"unit\": %d, \"period\": %d}".formatted(this.world.province, periodId)));
		LongFunction<String> draft = (id) -> this.jdbc
			.sql("select summary || ' v' || version from documents.review_draft where id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("PUT /api/v1/review-reports/{id}", province, this::composeDraft, draft,
				(id) -> put("/api/v1/review-reports/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\": %d, \"summary\": \"Tóm tắt %d\", \"sections\": {}}"
						.formatted(draftVersion(id), this.sequence.incrementAndGet())));
		// Issuing numbers the draft for ever: only the draft's own unit's officers (or
		// above).
		LongFunction<String> issued = (id) -> this.jdbc
			.sql("select state || ' v' || version from documents.review_draft where id = ?")
			.param(id)
			.query(String.class)
			.single();
		probe("POST /api/v1/review-reports/{id}/issue", province, this::composeDraft, issued,
				(id) -> post("/api/v1/review-reports/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"version": %d, "signerName": "Nguyễn Thị Hương", "confirm": true,
							 "reason": "Thử quyền ban hành"}""".formatted(draftVersion(id))));
		assertNoFailures();
	}

	// --- users and units created; passwords reset ---

	@Test
	void usersAndUnitsAreCreatedAndPasswordsResetOnlyByAdministratorsOfTheScope() throws Exception {
		Map<Relation, Long> province = aroundProvince();
		String users = "select count(*)::text from accounts.app_user where display_name like 'Người thử "
				+ this.world.prefix + "%'";
		probe("POST /api/v1/users", province, () -> 0, (id) -> this.jdbc.sql(users).query(String.class).single(),
				(id) -> post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"username": "%s", "displayName": "Người thử %s", "password": "Mat-khau-rat-kho-doan-7",
							 "roles": ["VIEWER"], "unitId": %d}""".formatted(username(), this.world.prefix,
							this.world.province)));
		probe("POST /admin/users/new", province, () -> 0, (id) -> this.jdbc.sql(users).query(String.class).single(),
				(id) -> post("/admin/users/new").param("username", username())
					.param("displayName", "Người thử " + this.world.prefix)
					.param("password", "Mat-khau-rat-kho-doan-7")
					.param("roles", "VIEWER")
					.param("unitId", "" + this.world.province)
					.param("enabled", "true"));
		probe("POST /admin/users/{id}/password", province,
				() -> this.accounts.principal(this.world.user(Role.VIEWER, this.world.province)).orElseThrow().id(),
				(id) -> this.jdbc
					.sql("select password_hash || must_change_password from accounts.app_user where id = ?")
					.param(id)
					.query(String.class)
					.single(),
				(id) -> post("/admin/users/{id}/password", id));
		// A unit is created below a unit of the administrator's scope.
		String created = "select count(*)::text from units.unit_version where code like '" + this.world.prefix + "N%'";
		probe("POST /units/new", province, () -> 0, (id) -> this.jdbc.sql(created).query(String.class).single(),
				(id) -> post("/units/new").param("kind", "COMMUNE")
					.param("code", this.world.prefix + "N" + this.sequence.incrementAndGet())
					.param("name", "Xã Mới " + this.sequence.incrementAndGet())
					.param("parentId", "" + this.world.province)
					.param("validFrom", "2035-02-01"));
		// A succession between two villages of the commune: by the administrators whose
		// scope holds both.
		Map<Relation, Long> commune = aroundCommune();
		probe("POST /units/successions/new", commune, this::village,
				(id) -> this.jdbc.sql("select count(*)::text from units.succession where from_unit = ?")
					.param(id)
					.query(String.class)
					.single(),
				(id) -> post("/units/successions/new").param("date", "2030-01-01")
					.param("sources", "" + id)
					.param("targets", "" + village())
					.param("confirmed", "true"));
		assertNoFailures();
	}

	/** A new village of the commune. */
	long village() {
		int n = this.sequence.incrementAndGet();
		return this.units.create(new NewUnit(this.world.prefix + "V" + n, "Thôn " + n + " " + this.world.prefix, null,
				UnitKind.VILLAGE, this.world.commune, ReportingFixture.START), "test");
	}

	// --- the catalogue's breakdowns and templates: national ---

	@Test
	void breakdownsAndTemplatesAreDefinedOnlyByAdministratorsOfTheCentre() throws Exception {
		Map<Relation, Long> centre = aroundCentre();
		String breakdowns = "select count(*)::text from reporting.breakdown where code like '" + this.world.prefix
				+ "_B%'";
		probe("POST /api/v1/breakdowns", centre, () -> 0,
				(id) -> this.jdbc.sql(breakdowns).query(String.class).single(),
				(id) -> post("/api/v1/breakdowns").contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"code": "%s", "name": "Lĩnh vực",
							 "items": [{"code": "A", "name": "Kinh tế"}, {"code": "B", "name": "Xã hội"}]}"""
						.formatted(this.world.code("B" + this.sequence.incrementAndGet()))));
		String templates = "select count(*)::text from reporting.template where code like '" + this.world.prefix
				+ "_NT%'";
		probe("POST /api/v1/templates", centre, () -> 0, (id) -> this.jdbc.sql(templates).query(String.class).single(),
				(id) -> post("/api/v1/templates").contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"code": "%s", "name": "Báo cáo thử", "description": "", "levels": ["COMMUNE"], "kinds": [],
							 "sections": [{"depth": 0, "label": "1.", "title": "Kết quả", "guidance": "",
							 "narrative": true, "indicators": ["%s"]}]}"""
						.formatted(this.world.code("NT" + this.sequence.incrementAndGet()), this.world.code("MEM"))));
		assertNoFailures();
	}

	// --- commendation decisions: recorded for the unit or below, changed by its owner
	// ---

	@Test
	void awardDecisionsAreRecordedAndChangedOnlyByOfficersOfTheIssuingUnitOrAbove() throws Exception {
		Map<Relation, Long> province = aroundProvince();
		String decisions = "select count(*)::text from awards.decision where number like 'QĐ-" + this.world.prefix
				+ "%'";
		probe("POST /api/v1/awards/decisions", province, () -> 0,
				(id) -> this.jdbc.sql(decisions).query(String.class).single(),
				(id) -> post("/api/v1/awards/decisions").contentType(MediaType.APPLICATION_JSON)
					.content(decisionJson(null)));
		LongFunction<String> decision = (id) -> this.jdbc
			.sql("""
					select reason || ' v' || version || ' r' || (select count(*) from awards.recipient r where r.decision_id = d.id)
					  from awards.decision d where id = ?""")
			.param(id)
			.query(String.class)
			.single();
		probe("PUT /api/v1/awards/decisions/{id}", province, this::recordDecision, decision,
				(id) -> put("/api/v1/awards/decisions/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content(decisionJson(id)));
		probe("POST /api/v1/awards/decisions/{id}/recipients", province, this::recordDecision, decision,
				(id) -> post("/api/v1/awards/decisions/{id}/recipients", id).contentType(MediaType.APPLICATION_JSON)
					.content(
							"""
									[{"kind": "INDIVIDUAL", "name": "Nguyễn Văn An", "jobTitle": "Trưởng thôn", "unitId": %d}]"""
								.formatted(this.world.commune)));
		assertNoFailures();
	}

	Map<Relation, Long> aroundCommune() {
		return new EnumMap<>(Map.of(Relation.SAME, this.world.commune, Relation.ABOVE, this.world.province,
				Relation.BELOW, this.village, Relation.ELSEWHERE, this.world.otherCommune));
	}

	String actionJson(long scopeUnit) {
		return """
				{"kind": "DISSEMINATION", "description": "Phổ biến", "dueOn": "%s", "levels": ["COMMUNE"],
				 "scopeUnitId": %d}""".formatted(LocalDate.now().plusDays(30), scopeUnit);
	}

	long declareAction(long directiveId) {
		String body = perform(
				post("/api/v1/directives/{id}/actions", directiveId).contentType(MediaType.APPLICATION_JSON)
					.content(actionJson(this.world.province)),
				officer(this.world.province));
		return id(body);
	}

	long directiveOf(long actionId) {
		return this.jdbc.sql("select directive_id from directives.action where id = ?")
			.param(actionId)
			.query(Long.class)
			.single();
	}

	long composeDraft() {
		return id(perform(
				post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
					.content("{\"unit\": %d, \"period\": %d}".formatted(this.world.province, periodWithAReport())),
				officer(this.world.province)));
	}

	/** A period in which the commune handed its report in: a review can be composed. */
	long periodWithAReport() {
		Period period = openPeriod();
		Submission report = communeReport(period);
		SignedInUser own = this.world.signedIn(this.world.communeOfficer);
		Submission saved = this.submissions.save(own, report.id(), report.version(), complete(), Map.of(), "FORM");
		this.submissions.submit(own, saved.id(), saved.version());
		return period.id();
	}

	int draftVersion(long id) {
		return this.jdbc.sql("select version from documents.review_draft where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	String decisionJson(Long id) {
		String version = (id != null)
				? ", \"version\": " + this.jdbc.sql("select version from awards.decision where id = ?")
					.param(id)
					.query(Integer.class)
					.single()
				: "";
		String number = (id != null) ? this.jdbc.sql("select number from awards.decision where id = ?")
			.param(id)
			.query(String.class)
			.single() : "QĐ-" + this.world.prefix + "-" + this.sequence.incrementAndGet();
		return """
				{"number": "%s", "decidedOn": "%s", "issuingUnitId": %d, "form": "GIAY_KHEN",
				 "reason": "Thành tích %d", "campaign": "Dân vận khéo"%s}""".formatted(number,
				LocalDate.now().minusDays(1), this.world.province, this.sequence.incrementAndGet(), version);
	}

	long recordDecision() {
		return id(perform(
				post("/api/v1/awards/decisions").contentType(MediaType.APPLICATION_JSON).content(decisionJson(null)),
				officer(this.world.province)));
	}

	String username() {
		return "thu" + this.world.prefix.toLowerCase() + this.sequence.incrementAndGet();
	}

	String perform(MockHttpServletRequestBuilder request, SignedInUser as) {
		try {
			return this.mvc.perform(request.with(user(as)).with(csrf()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long id(String body) {
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\\{\"value\":(\\d+)\\}|\"id\":(\\d+)")
			.matcher(body);
		assertThat(id.find()).as("an id in %s", body).isTrue();
		return Long.parseLong((id.group(1) != null) ? id.group(1) : id.group(2));
	}

	// --- the probes ---

	enum Relation {

		SAME, ABOVE, BELOW, ELSEWHERE, SYSTEM

	}

	/**
	 * Calls the endpoint as every role from every relation to the owner; after each call
	 * that was allowed (and so changed the object) a fresh object is made.
	 */
	void probe(String endpoint, Map<Relation, Long> around, LongSupplier fresh, LongFunction<String> state,
			LongFunction<AbstractMockHttpServletRequestBuilder<?>> request) throws Exception {
		EndpointTable.Rule rule = rule(endpoint);
		long id = fresh.getAsLong();
		for (Caller caller : callers(around)) {
			SignedInUser user = caller.user();
			Relation relation = caller.relation();
			Role role = caller.role();
			boolean allowed = allows(rule, role, relation);
			String before = state.apply(id);
			int status = this.mvc.perform(request.apply(id).with(user(user)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			String after = state.apply(id);
			this.probes++;
			String what = endpoint + " as " + role + " " + relation;
			if (allowed) {
				if (status >= 400 || before.equals(after)) {
					this.failures.add(what + ": expected done, got " + status + " with state " + after);
				}
				id = fresh.getAsLong();
			}
			else if ((status != 403 && status != 404) || !before.equals(after)) {
				this.failures
					.add(what + ": expected 403/404 and no change, got " + status + ", " + before + " → " + after);
				if (!before.equals(after)) {
					id = fresh.getAsLong();
				}
			}
		}
	}

	/**
	 * For endpoints whose allowed call would need a complete, valid file: allowed callers
	 * must get past the check (not 403/404), refused ones 403/404; nothing changes.
	 */
	void probeCheckOnly(String endpoint, Map<Relation, Long> around, java.util.function.Supplier<String> state,
			java.util.function.Supplier<AbstractMockHttpServletRequestBuilder<?>> request) throws Exception {
		EndpointTable.Rule rule = rule(endpoint);
		for (Caller caller : callers(around)) {
			SignedInUser user = caller.user();
			Relation relation = caller.relation();
			Role role = caller.role();
			String before = state.get();
			int status = this.mvc.perform(request.get().with(user(user)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			this.probes++;
			boolean refused = status == 403 || status == 404;
			if (allows(rule, role, relation) == refused || !before.equals(state.get())) {
				this.failures.add(endpoint + " as " + role + " " + relation + ": got " + status);
			}
		}
	}

	/**
	 * For endpoints whose allowed call would disturb the other tests (a full rebuild, the
	 * map removed): only the refused callers are called, and must change nothing.
	 */
	void probeRefusedOnly(String endpoint, Map<Relation, Long> around, java.util.function.Supplier<String> state,
			java.util.function.Supplier<AbstractMockHttpServletRequestBuilder<?>> request) throws Exception {
		EndpointTable.Rule rule = rule(endpoint);
		for (Caller caller : callers(around)) {
			SignedInUser user = caller.user();
			Relation relation = caller.relation();
			Role role = caller.role();
			if (allows(rule, role, relation)) {
				continue;
			}
			String before = state.get();
			int status = this.mvc.perform(request.get().with(user(user)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			this.probes++;
			if ((status != 403 && status != 404) || !before.equals(state.get())) {
				this.failures.add(endpoint + " as " + role + " " + relation + ": expected 403/404, got " + status);
			}
		}
	}

	/**
	 * Whether the rule lets a role at that relation to the owner through. The system's
	 * administrator (no unit) stands above everything.
	 */
	static boolean allows(EndpointTable.Rule rule, Role role, Relation relation) {
		boolean officer = role == Role.ADMINISTRATOR || role == Role.COMMISSION_OFFICER;
		boolean ownOrAbove = relation == Relation.SAME || relation == Relation.ABOVE || relation == Relation.SYSTEM;
		return switch (rule) {
			case OWNER_OFFICER, PERIOD_OWNER, OFFICER -> officer && ownOrAbove;
			case RECORDER -> (officer || role == Role.REPORTING_OFFICER) && ownOrAbove;
			case OWN_UNIT_REPORTER -> (officer || role == Role.REPORTING_OFFICER) && relation == Relation.SAME;
			case REVIEWER_ABOVE -> officer && (relation == Relation.ABOVE || relation == Relation.SYSTEM);
			case NATIONAL_ADMIN ->
				role == Role.ADMINISTRATOR && (relation == Relation.SAME || relation == Relation.SYSTEM);
			case SCOPED_ADMIN -> role == Role.ADMINISTRATOR && ownOrAbove;
			case SYSTEM_ADMIN -> role == Role.ADMINISTRATOR && relation == Relation.SYSTEM;
			default -> throw new IllegalArgumentException("no probe for rule " + rule);
		};
	}

	EndpointTable.Rule rule(String endpoint) throws Exception {
		EndpointTable.Row row = EndpointTable.read().rows().get(endpoint);
		assertThat(row).as("%s in the table", endpoint).isNotNull();
		return row.rule();
	}

	record Caller(Role role, Relation relation, SignedInUser user) {
	}

	/**
	 * Every role at each unit around the owner, and the system's administrator.
	 */
	List<Caller> callers(Map<Relation, Long> around) {
		List<Caller> callers = new ArrayList<>();
		for (Role role : Role.values()) {
			around.forEach((relation, unit) -> callers.add(new Caller(role, relation, signedIn(role, unit))));
		}
		callers.add(new Caller(Role.ADMINISTRATOR, Relation.SYSTEM, systemAdministrator()));
		return callers;
	}

	SignedInUser signedIn(Role role, long unit) {
		return this.users.computeIfAbsent(role + "@" + unit, (k) -> this.world.signedIn(this.world.user(role, unit)));
	}

	SignedInUser officer(long unit) {
		return signedIn(Role.COMMISSION_OFFICER, unit);
	}

	SignedInUser systemAdministrator() {
		return this.world.signedIn("admin");
	}

	Map<Relation, Long> aroundProvince() {
		return new EnumMap<>(Map.of(Relation.SAME, this.world.province, Relation.ABOVE, this.world.centre,
				Relation.BELOW, this.world.commune, Relation.ELSEWHERE, this.otherProvince));
	}

	/**
	 * National settings: the centre's users are the owner's; a province and a commune lie
	 * below it.
	 */
	Map<Relation, Long> aroundCentre() {
		return new EnumMap<>(Map.of(Relation.SAME, this.world.centre, Relation.BELOW, this.world.province));
	}

	void assertNoFailures() {
		assertThat(this.failures).as("%d of %d probes failed", this.failures.size(), this.probes).isEmpty();
	}

	// --- objects ---

	long registerDirective(SignedInUser officer) {
		int n = this.sequence.incrementAndGet();
		return this.directives
			.register(officer, new DirectiveForm(DirectiveType.PLAN, n + "-KH/TU", LocalDate.of(2024, 1, 1),
					"Tỉnh ủy Thử " + this.world.prefix, "Kế hoạch thử " + n, "", DirectiveStatus.IN_FORCE, null, null),
					List.of(), null)
			.id();
	}

	String directiveState(long id) {
		return this.jdbc.sql("""
				select coalesce((select d.summary || ' v' || d.version || ' files '
				                        || (select count(*) from directives.attachment a where a.directive_id = d.id)
				                   from directives.directive d where d.id = :id), 'gone')
				""").param("id", id).query(String.class).single();
	}

	String directiveJson(long id, String summary) {
		Map<String, Object> row = this.jdbc.sql("select symbol, issuer, version from directives.directive where id = ?")
			.param(id)
			.query()
			.singleRow();
		return """
				{"type": "PLAN", "symbol": "%s", "issuedOn": "2024-01-01", "issuer": "%s", "summary": "%s",
				 "status": "IN_FORCE", "version": %s}""".formatted(row.get("symbol"), row.get("issuer"), summary,
				row.get("version"));
	}

	MockHttpServletRequestBuilder directivePage(MockHttpServletRequestBuilder post, long id, String summary) {
		Map<String, Object> row = this.jdbc.sql("select symbol, issuer, version from directives.directive where id = ?")
			.param(id)
			.query()
			.singleRow();
		return post.param("type", "PLAN")
			.param("symbol", (String) row.get("symbol"))
			.param("issuedOn", "2024-01-01")
			.param("issuer", (String) row.get("issuer"))
			.param("summary", summary)
			.param("status", "IN_FORCE")
			.param("version", row.get("version").toString());
	}

	static MockMultipartFile pdf() {
		return new MockMultipartFile("file", "van-ban.pdf", "application/pdf", minimalPdf());
	}

	/**
	 * A small PDF with a correct cross-reference table.
	 */
	static byte[] minimalPdf() {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.length; i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.length + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	Period openPeriod() {
		int n = this.sequence.incrementAndGet();
		return this.world.openPeriod("Kỳ thử " + n, LocalDate.of(2032, 12, 15), LocalDate.of(2033, 6, 14),
				LocalDate.of(2033, 6, 20));
	}

	Submission communeReport(Period period) {
		return this.submissions.find(systemAdministrator(), period.id(), this.world.commune).orElseThrow();
	}

	Map<String, Object> complete() {
		return Map.of(this.world.code("REG") + ".A", "5", this.world.code("REG") + ".B", "3", this.world.code("EFF"),
				"2", this.world.code("MEM"), "10", this.world.code("ELIG"), "20");
	}

	int version(long submissionId) {
		return this.jdbc.sql("select version from reporting.submission where id = ?")
			.param(submissionId)
			.query(Integer.class)
			.single();
	}

	int indicatorVersion(long indicatorId) {
		return this.jdbc.sql("select version from reporting.indicator where id = ?")
			.param(indicatorId)
			.query(Integer.class)
			.single();
	}

}

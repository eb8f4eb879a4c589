package vn.danvan.units.tree;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;
import vn.danvan.units.UnitsTestSupport;
import vn.danvan.units.imports.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danvan.units.UnitsTestSupport.MARCH_2025;

/**
 * What the unit picker offers as a user types: names without diacritics with their kind
 * and what they lie in, the tree of a date, only within the user's scope, by id too, and
 * on request the units that no longer exist with what they became.
 */
@DanvanIntegrationTest
class UnitPickerControllerTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	Cookie admin;

	@BeforeEach
	void importRealDataAndSignIn() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		this.admin = UnitsTestSupport.signIn(this.mvc,
				RealAdministrativeUnits.centreAdministrator(this.accounts, this.units),
				RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
	}

	@Test
	void typingWithoutDiacriticsOffersUnitsNamedWithTheirKindAndWhatTheyLieIn() throws Exception {
		JsonNode offer = offer(this.admin, Map.of("q", "an phu"));
		List<JsonNode> units = list(offer.get("units"));
		assertThat(units).isNotEmpty().hasSizeLessThanOrEqualTo(UnitPicker.LIMIT);
		// The names that are "An Phú" first, then those that contain it without
		// diacritics ("Tân Phú").
		assertThat(units.get(0).get("name").asText()).endsWith(" An Phú");
		assertThat(units).allSatisfy((u) -> {
			assertThat(folded(u.get("name").asText())).contains("an phu");
			assertThat(u.get("former").asBoolean()).isFalse();
		});
		JsonNode commune = units.stream()
			.filter((u) -> u.get("name").asText().equals("Xã An Phú"))
			.findFirst()
			.orElseThrow();
		Unit unit = this.units.get(commune.get("id").asLong(), UnitsTestSupport.today());
		Unit parent = this.units.get(unit.parentId(), UnitsTestSupport.today());
		assertThat(commune.get("context").asText()).isEqualTo(parent.fullName());

		// An officer of that province is offered only the An Phú of their province.
		String officer = UnitsTestSupport.createUser(this.accounts, Role.REPORTING_OFFICER, parent.id());
		Cookie session = UnitsTestSupport.signIn(this.mvc, officer, UnitsTestSupport.PASSWORD);
		List<JsonNode> scoped = list(offer(session, Map.of("q", "AN PHÚ")).get("units"));
		assertThat(scoped).extracting((u) -> u.get("id").asLong()).contains(unit.id());
		assertThat(scoped).allSatisfy(
				(u) -> assertThat(this.units.isWithin(u.get("id").asLong(), parent.id(), UnitsTestSupport.today()))
					.isTrue());
		// By its id too, and not an id outside the scope.
		assertThat(list(offer(session, Map.of("q", Long.toString(unit.id()))).get("units")).get(0).get("id").asLong())
			.isEqualTo(unit.id());
		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", UnitsTestSupport.today()).orElseThrow();
		assertThat(list(offer(session, Map.of("q", Long.toString(haNoi.id()))).get("units")))
			.noneMatch((u) -> u.get("id").asLong() == haNoi.id());
		// Nothing typed, nothing offered.
		assertThat(list(offer(session, Map.of("q", "  ")).get("units"))).isEmpty();
	}

	@Test
	void theTreeOfADateAndTheUnitsThatNoLongerExist() throws Exception {
		Unit konTum = this.units.findByCode(UnitLevel.PROVINCE, "62", MARCH_2025).orElseThrow();
		List<JsonNode> before = list(offer(this.admin, Map.of("q", "kon tum", "asOf", "01/03/2025")).get("units"));
		assertThat(before).anySatisfy((u) -> {
			assertThat(u.get("id").asLong()).isEqualTo(konTum.id());
			assertThat(u.get("former").asBoolean()).isFalse();
		});
		List<JsonNode> today = list(offer(this.admin, Map.of("q", "kon tum")).get("units"));
		assertThat(today).noneMatch((u) -> u.get("id").asLong() == konTum.id());
		List<JsonNode> withFormer = list(offer(this.admin, Map.of("q", "kon tum", "former", "true")).get("units"));
		JsonNode former = withFormer.stream()
			.filter((u) -> u.get("id").asLong() == konTum.id())
			.findFirst()
			.orElseThrow();
		assertThat(former.get("name").asText()).isEqualTo("Tỉnh Kon Tum");
		assertThat(former.get("context").asText()).isEqualTo("đã sáp nhập vào Tỉnh Quảng Ngãi từ 01/07/2025");
		assertThat(former.get("former").asBoolean()).isTrue();
		// A date that cannot be read is today's tree, never an error page.
		this.mvc.perform(get("/units/picker").param("q", "kon tum").param("asOf", "31/02/2025").cookie(this.admin))
			.andExpect(status().isOk());
	}

	JsonNode offer(Cookie session, Map<String, String> parameters) throws Exception {
		var request = get("/units/picker").cookie(session);
		for (Map.Entry<String, String> p : parameters.entrySet()) {
			request = request.param(p.getKey(), p.getValue());
		}
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return this.json.readTree(body);
	}

	static String folded(String name) {
		return java.text.Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

	static List<JsonNode> list(JsonNode array) {
		List<JsonNode> nodes = new java.util.ArrayList<>();
		array.forEach(nodes::add);
		return nodes;
	}

}

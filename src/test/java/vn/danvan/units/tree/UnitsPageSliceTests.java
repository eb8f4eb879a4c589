package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.security.Role;
import vn.danvan.support.SliceUsers;
import vn.danvan.support.WebSlice;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The tree page as a controller slice: a province officer's page opens on the province
 * with its communes; a search answers the whole page, or only the results when htmx asks
 * (through the htmx library's {@code HtmxRequest}).
 */
@WebSlice(UnitsController.class)
class UnitsPageSliceTests {

	static final SignedInUser OFFICER = SliceUsers.signedIn("tinh-hue", 46L, Role.COMMISSION_OFFICER);

	static final Unit HUE = new Unit(46, "46", "Huế", "Thành phố Huế", UnitKind.CITY, UnitLevel.PROVINCE, 1L,
			LocalDate.of(2025, 7, 1), null);

	static final Unit BINH_AN = new Unit(4601, "19999", "Bình An", "Phường Bình An", UnitKind.WARD, UnitLevel.COMMUNE,
			46L, LocalDate.of(2025, 7, 1), null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Units units;

	@MockitoBean
	UnitScope scope;

	@MockitoBean
	ScopedHistory histories;

	@MockitoBean
	UnitPicker picker;

	@BeforeEach
	void aProvinceWithOneWard() {
		given(this.scope.scopeRoot(OFFICER)).willReturn(46L);
		given(this.units.children(eq(46L), any())).willReturn(List.of(BINH_AN));
		given(this.scope.visibleAncestors(eq(OFFICER), eq(46L), any())).willReturn(List.of());
		given(this.units.search(eq("binh an"), any(), eq(46L), any(), eq(UnitsController.SEARCH_LIMIT)))
			.willReturn(List.of(BINH_AN));
		given(this.units.roots(any())).willReturn(List.of());
		given(this.units.find(anyLong(), any())).willAnswer((call) -> {
			long id = call.getArgument(0);
			return (id == 46L) ? Optional.of(HUE) : (id == 4601L) ? Optional.of(BINH_AN) : Optional.empty();
		});
	}

	@Test
	void thePageOpensOnTheOfficersProvinceWithItsWards() throws Exception {
		this.mvc.perform(get("/units").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name("units/tree"))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"search-form\""),
					containsString("id=\"current-unit\">Thành phố Huế<"), containsString("Phường Bình An"),
					containsString("href=\"/units?unit=4601&amp;asOf="),
					not(containsString("id=\"search-results\"")))));
	}

	@Test
	void aSearchAnswersTheWholePage() throws Exception {
		this.mvc.perform(get("/units").param("q", "binh an").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name("units/tree"))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"search-results\""),
					containsString("href=\"/units/4601?asOf="), containsString("Thành phố Huế"))));
	}

	@Test
	void anHtmxSearchAnswersOnlyTheResults() throws Exception {
		this.mvc.perform(get("/units").param("q", "binh an").header("HX-Request", "true").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name("units/tree :: results"))
			.andExpect(content().string(allOf(startsWith("<div id=\"unit-results\""),
					containsString("id=\"search-results\""), containsString("Phường Bình An"),
					not(containsString("<html")), not(containsString("id=\"search-form\"")))));
	}

}

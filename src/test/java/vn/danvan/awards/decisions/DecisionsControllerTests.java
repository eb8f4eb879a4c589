package vn.danvan.awards.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.awards.AwardForm;
import vn.danvan.awards.Decision;
import vn.danvan.awards.DecisionId;
import vn.danvan.awards.Recipient;
import vn.danvan.awards.RecipientKind;
import vn.danvan.shared.security.Role;
import vn.danvan.support.SliceUsers;
import vn.danvan.support.WebSlice;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The list of commendation decisions as a controller slice: the full page with its search
 * form, and the htmx request that refreshes only the results.
 */
@WebSlice(DecisionsController.class)
class DecisionsControllerTests {

	static final SignedInUser OFFICER = SliceUsers.signedIn("ban-dan-van", 46L, Role.COMMISSION_OFFICER);

	static final Decision DECISION = new Decision(new DecisionId(31), "15-QĐ/BDVTU", LocalDate.of(2031, 3, 2), 46L,
			AwardForm.GIAY_KHEN, UnitLevel.PROVINCE, "Thành tích xuất sắc", "Dân vận khéo",
			List.of(new Recipient(1, 1, RecipientKind.COLLECTIVE, "Xã Bình An", null, 47L, null),
					new Recipient(2, 2, RecipientKind.INDIVIDUAL, "Nguyễn Thị Mai", "Chi hội trưởng", 47L, null)),
			"ban-dan-van", Instant.parse("2031-03-02T01:00:00Z"), 0);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DecisionBook book;

	@MockitoBean
	RecipientImport importer;

	@MockitoBean
	Units units;

	@MockitoBean
	DecisionAnnex annex;

	@BeforeEach
	void oneDecision() {
		given(this.book.search(eq(OFFICER), any(DecisionSearch.class), anyInt())).willReturn(List.of(DECISION));
		given(this.book.issuingUnits(OFFICER)).willReturn(List.of());
		given(this.units.findAll(any(), any())).willReturn(List.of());
	}

	@Test
	void theFullPageShowsTheSearchFormAndTheResults() throws Exception {
		this.mvc.perform(get("/awards").param("q", "15-qd").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name("awards/list"))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"decision-search\""),
					containsString("id=\"decision-results\""), containsString("href=\"/awards/31\""),
					containsString("15-QĐ/BDVTU"), containsString("02/03/2031"), containsString("Giấy khen"))));
		then(this.book).should()
			.search(eq(OFFICER), eq(new DecisionSearch(null, null, "15-qd", null, null, null, null, null)), anyInt());
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		this.mvc.perform(get("/awards").param("q", "15-qd").header("HX-Request", "true").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name("awards/list :: results"))
			.andExpect(content()
				.string(allOf(startsWith("<div id=\"decision-results\""), containsString("href=\"/awards/31\""),
						not(containsString("<html")), not(containsString("id=\"decision-search\"")))));
	}

	@Test
	void withoutAnIssuingUnitThereIsNoButtonToRecordADecision() throws Exception {
		this.mvc.perform(get("/awards").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"new-decision\""))));
	}

	@Test
	void aVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/awards")).andExpect(redirectedUrl("/login"));
	}

}

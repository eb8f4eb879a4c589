package vn.danvan.directives.register;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.directives.DirectiveActions;
import vn.danvan.directives.DirectiveMentions;
import vn.danvan.directives.Directives;
import vn.danvan.shared.security.Role;
import vn.danvan.support.SliceUsers;
import vn.danvan.support.WebSlice;
import vn.danvan.units.UnitScope;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The register's list as a controller slice: the full page (the unit's tasks, the search
 * form, the officers' buttons), the htmx request answered with the results only and
 * without reading the tasks, and a wrong search parameter shown on the page.
 */
@WebSlice(DirectivesController.class)
class DirectivesPageSliceTests {

	static final SignedInUser OFFICER = SliceUsers.signedIn("ban-dan-van", 46L, Role.COMMISSION_OFFICER);

	static final SignedInUser VIEWER = SliceUsers.signedIn("xem", 46L, Role.VIEWER);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Directives directives;

	@MockitoBean
	DirectiveActions actions;

	@MockitoBean
	DirectiveMentions mentions;

	@MockitoBean
	UnitScope scope;

	@Test
	void theFullPageHasTheSearchFormTheResultsAndTheOfficersButtons() throws Exception {
		this.mvc.perform(get("/directives").param("q", "dan van").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name(DirectivesController.LIST_VIEW))
			.andExpect(model().attributeExists("tasks"))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"directive-search\""),
					containsString("id=\"directive-results\""), containsString("0 văn bản"),
					containsString("id=\"new-directive\""))));
		then(this.actions).should().tasks(OFFICER);
	}

	@Test
	void aViewerHasNoButtonToRegister() throws Exception {
		this.mvc.perform(get("/directives").with(SliceUsers.as(VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"new-directive\""))));
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		this.mvc.perform(get("/directives").param("q", "43").header("HX-Request", "true").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name(DirectivesController.LIST_VIEW + " :: results"))
			.andExpect(content().string(allOf(startsWith("<div id=\"directive-results\""), not(containsString("<html")),
					not(containsString("id=\"directive-search\"")))));
		then(this.actions).should(never()).tasks(any());
	}

	@Test
	void aWrongTypeIsShownAndTheWholeRegisterSearched() throws Exception {
		this.mvc.perform(get("/directives").param("type", "THONG_TU").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("queryError"))
			.andExpect(content().string(containsString("class=\"alert alert-warning\" role=\"alert\"")));
	}

}

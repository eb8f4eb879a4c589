package vn.danvan.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.support.AxeResult;
import vn.danvan.support.BrowserPage;
import vn.danvan.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: axe-core finds no violation of impact serious or critical on the main pages,
 * as each kind of user sees them: the administrator, a province's commission officer and
 * a commune's reporting officer; home, units, reporting periods, a period with an overdue
 * report, a report form, the dashboard, directives, practices, awards, notifications, the
 * audit log (administrator) and the account's password page, and the sign-in page. Every
 * browser test also checks the pages it visits ({@link BrowserPage}); this one names the
 * pages and writes what it found per page to {@code target/accessibility/pages.md}
 * (recorded in docs/measurements.md).
 */
@BrowserTest
class AccessibilityBrowserTests {

	static final Path RESULTS = Path.of("target", "accessibility", "pages.md");

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Test
	void theMainPagesHaveNoSeriousOrCriticalViolationsForEveryRole(BrowserPage page) throws IOException {
		ReportingFixture world = this.fixtures.create();
		// A period past its deadline: one commune hands in late (the province is
		// notified), the other not at all (a red "Quá hạn" row); and an open one.
		Period past = world.openPeriod("Sơ kết 6 tháng đầu năm 2021", LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10));
		SignedInUser commune = world.signedIn(world.communeOfficer);
		Submission late = this.submissions.find(commune, past.id(), world.commune).orElseThrow();
		late = this.submissions.save(commune, late.id(), late.version(),
				Map.of(world.code("REG") + ".A", "2", world.code("REG") + ".B", "1"), Map.of(), "FORM");
		this.submissions.submit(commune, late.id(), late.version());
		Submission overdue = this.submissions.find(world.signedIn(world.provinceOfficer), past.id(), world.otherCommune)
			.orElseThrow();
		Period open = world.openPeriod("Tổng kết năm 2030", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31),
				LocalDate.of(2031, 1, 15));
		Submission draft = this.submissions.find(commune, open.id(), world.commune).orElseThrow();
		this.submissions.save(commune, draft.id(), draft.version(), Map.of(world.code("REG") + ".A", "4"), Map.of(),
				"FORM");

		List<String> common = List.of("/", "/units", "/units/" + world.commune, "/reporting",
				"/reporting/periods/" + past.id(), "/reporting/periods/" + open.id(),
				"/reporting/submissions/" + draft.id(), "/reporting/submissions/" + late.id(),
				"/reporting/submissions/" + late.id() + "/history", "/analytics", "/directives", "/practices",
				"/awards", "/notifications", "/account/password");
		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("admin", concat(common, "/admin/audit", "/admin/users", "/reporting/templates",
				"/reporting/submissions/" + overdue.id()));
		pages.put("tinh (province officer)", concat(common, "/reporting/templates", "/documents"));
		pages.put("xa (commune officer)", concat(common, "/practices/new"));
		Map<String, String> users = Map.of("admin", "admin", "tinh (province officer)", world.provinceOfficer,
				"xa (commune officer)", world.communeOfficer);

		List<String> rows = new ArrayList<>();
		Map<String, List<String>> failures = new LinkedHashMap<>();
		page.driver().manage().deleteAllCookies();
		page.open("/login?lang=vi");
		page.waitFor(By.id("username"));
		record(page, "(signed out)", "/login", rows, failures);
		for (Map.Entry<String, List<String>> role : pages.entrySet()) {
			String user = users.get(role.getKey());
			page.signIn(user, user.equals("admin") ? DanvanIntegrationTest.ADMIN_PASSWORD : ReportingFixture.PASSWORD);
			for (String path : role.getValue()) {
				page.open(path);
				page.waitFor(By.id("main"));
				record(page, role.getKey(), path, rows, failures);
			}
		}
		Files.createDirectories(RESULTS.getParent());
		Files.writeString(RESULTS, "| role | page | serious or critical (elements per rule) |\n|---|---|---|\n"
				+ String.join("\n", rows) + "\n");
		assertThat(failures).as("serious or critical axe-core violations by page (all in %s)", RESULTS).isEmpty();
	}

	@Test
	void theCheckFindsWhatIsWrong(BrowserPage page) {
		page.signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		page.script("""
				var main = document.getElementById('main');
				var img = document.createElement('img'); img.id = 'axe-probe-img'; img.src = '/images/favicon.svg';
				var low = document.createElement('p'); low.id = 'axe-probe-text'; low.textContent = 'Chữ khó đọc';
				low.style.color = '#bbbbbb'; low.style.background = '#ffffff';
				main.prepend(img, low);""");
		AxeResult result = page.axe();
		assertThat(result.rules()).containsKeys("image-alt (critical)", "color-contrast (serious)");
		assertThat(String.join("\n", result.lines())).contains("#axe-probe-img", "#axe-probe-text");
		page.script(
				"document.getElementById('axe-probe-img').remove(); document.getElementById('axe-probe-text').remove();");
		assertThat(page.axe().clean()).as("the home page without the two probes").isTrue();
	}

	private static void record(BrowserPage page, String role, String path, List<String> rows,
			Map<String, List<String>> failures) {
		AxeResult result = page.axe();
		String rules = result.rules()
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + " × " + e.getValue())
			.collect(Collectors.joining(", "));
		rows.add("| " + role + " | `" + path + "` | " + (rules.isEmpty() ? "0" : rules) + " |");
		if (!result.clean()) {
			failures.put(role + " " + path, result.lines());
		}
	}

	private static List<String> concat(List<String> first, String... more) {
		List<String> all = new ArrayList<>(first);
		all.addAll(List.of(more));
		return all;
	}

}

package vn.danvan.analytics.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.ConsistencyReport;
import vn.danvan.analytics.Rebuilds;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;

/**
 * Administration of the kept sums: rebuild everything with a progress bar (one rebuild at
 * a time), and check them against a recomputation from the reports.
 */
@Controller
class AnalyticsAdminController {

	private final Rebuilds rebuilds;

	private final MessageSource messages;

	AnalyticsAdminController(Rebuilds rebuilds, MessageSource messages) {
		this.rebuilds = rebuilds;
		this.messages = messages;
	}

	@GetMapping("/analytics/admin")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		requireAdministrator(user);
		model.addAttribute("rebuild", this.rebuilds.latest().orElse(null));
		model.addAttribute("stale", this.rebuilds.staleReason().orElse(null));
		return "analytics/admin";
	}

	@GetMapping("/analytics/admin/progress")
	String progress(@AuthenticationPrincipal SignedInUser user, Model model) {
		requireAdministrator(user);
		model.addAttribute("rebuild", this.rebuilds.latest().orElse(null));
		return "analytics/admin :: progress";
	}

	@PostMapping("/analytics/admin/rebuild")
	String rebuild(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
		try {
			this.rebuilds.start(user);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/analytics/admin";
	}

	@PostMapping("/analytics/admin/check")
	String check(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
		ConsistencyReport report = this.rebuilds.check(user, null);
		redirect.addFlashAttribute("checkSummary", this.messages.getMessage(
				report.consistent() ? "analytics.admin.consistent" : "analytics.admin.inconsistent", new Object[] {
						report.periodsChecked(), report.sumsChecked(), report.millis(), report.differences().size() },
				locale));
		redirect.addFlashAttribute("checkConsistent", report.consistent());
		List<String> lines = new ArrayList<>();
		for (ConsistencyReport.PeriodDifferences period : report.differences()) {
			for (String key : period.keys()) {
				lines.add(period.periodName() + ": " + key);
			}
		}
		redirect.addFlashAttribute("checkDifferences", lines);
		return "redirect:/analytics/admin";
	}

	private void requireAdministrator(SignedInUser user) {
		if (!this.rebuilds.mayRebuild(user)) {
			throw new ForbiddenException("analytics.error.notAdministrator");
		}
	}

}

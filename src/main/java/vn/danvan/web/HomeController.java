package vn.danvan.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.accounts.UserAccount;
import vn.danvan.directives.DirectiveActions;
import vn.danvan.directives.UnitTask;
import vn.danvan.reporting.PeriodProgress;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submissions;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The home page: what needs doing (the unit's reports still to hand in, with the days
 * left; what the directives still require of the unit; for reviewers and leaders, the
 * open periods of their scope with what waits for review and what is late), then who is
 * signed in, with which roles, over which units.
 */
@Controller
class HomeController {

	private final Accounts accounts;

	private final AuditLog auditLog;

	private final Units units;

	private final Submissions submissions;

	private final Periods periods;

	private final DirectiveActions directiveActions;

	HomeController(Accounts accounts, AuditLog auditLog, Units units, Submissions submissions, Periods periods,
			DirectiveActions directiveActions) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.units = units;
		this.submissions = submissions;
		this.periods = periods;
		this.directiveActions = directiveActions;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		UserAccount account = this.accounts.findByUsername(user.getUsername())
			.orElseThrow(() -> new IllegalStateException("Signed-in user no longer exists"));
		model.addAttribute("account", account);
		model.addAttribute("roleKeys", account.roles().stream().sorted().map(Role::messageKey).toList());
		model.addAttribute("scopeKey", scopeKey(account));
		if (account.unitId() != null) {
			this.units.find(account.unitId(), UnitScope.today())
				.ifPresent((unit) -> model.addAttribute("scopeUnit", unit));
		}
		this.auditLog.previousSignIn(account.username())
			.ifPresent((at) -> model.addAttribute("previousSignIn", VietnamTime.formatDateTime(at)));
		LocalDate today = UnitScope.today();
		List<ToHandIn> toHandIn = this.submissions.due(user)
			.stream()
			.filter((d) -> !d.period().closed() && d.submission().state().editable())
			.map((d) -> new ToHandIn(d, ChronoUnit.DAYS.between(today, d.period().deadline())))
			.sorted(Comparator.comparing((ToHandIn t) -> t.due().period().deadline()))
			.toList();
		model.addAttribute("reportsToHandIn", toHandIn);
		// A reporting officer always sees this card, empty or not; others only when their
		// own unit has a report to hand in.
		model.addAttribute("handsIn",
				user.scopeUnitId() != null && (account.hasRole(Role.REPORTING_OFFICER) || !toHandIn.isEmpty()));
		boolean follows = account.roles().stream().anyMatch((role) -> role != Role.REPORTING_OFFICER);
		model.addAttribute("follows", follows);
		model.addAttribute("openPeriods", follows ? this.periods.openProgress(user) : List.<PeriodProgress>of());
		List<UnitTask> directiveTasks = this.directiveActions.tasks(user)
			.stream()
			.filter((t) -> !t.cell().status().done())
			.toList();
		model.addAttribute("directiveTasks", directiveTasks);
		model.addAttribute("today", today);
		return "web/home";
	}

	/**
	 * A report of the user's unit still to hand in, with the days left until its deadline
	 * (negative when past it).
	 */
	record ToHandIn(Submissions.DueReport due, long daysLeft) {
	}

	private static String scopeKey(UserAccount account) {
		if (account.unitId() != null) {
			return "home.scope.unit";
		}
		return account.hasRole(Role.ADMINISTRATOR) ? "home.scope.all" : "home.scope.none";
	}

}

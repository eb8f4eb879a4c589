package vn.danvan.accounts.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditEntry;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.AuditQuery;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.shared.audit.AuditTargetNames;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitNotFoundException;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The audit log ("Nhật ký hệ thống") for administrators, newest first, filtered by user,
 * action and dates, in pages of {@value #PAGE_SIZE}, with the people's names.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditLogController {

	static final int PAGE_SIZE = 50;

	static final int EXPORT_LIMIT = 10_000;

	/**
	 * Every action written to the audit log, for the filter (AuditActionMessagesTests
	 * checks it against the code).
	 */
	static final List<String> ACTIONS = List.of(AuditLog.SIGN_IN_SUCCEEDED, AuditLog.SIGN_IN_FAILED,
			AuditLog.SIGN_IN_LOCKED, AuditLog.SIGNED_OUT, AuditLog.PASSWORD_CHANGED, "PASSWORD_RESET",
			AuditLog.USER_CREATED, AuditLog.USER_CHANGED, "UNIT_CREATED", "UNIT_CHANGED", "UNIT_CLOSED",
			"SUCCESSION_RECORDED", AuditLog.UNITS_IMPORTED, "BREAKDOWN_CREATED", "INDICATOR_CREATED",
			"INDICATOR_CHANGED", "RULE_CREATED", "RULE_DELETED", "TEMPLATE_DEFINED", "PERIOD_OPENED", "PERIOD_CLOSED",
			"PERIOD_REOPENED", "REMINDERS_SENT", "SUBMISSION_SAVED", "SUBMISSION_SUBMITTED", "SUBMISSION_RETURNED",
			"SUBMISSION_APPROVED", "SUBMISSION_REOPENED", "SUBMISSION_EXCEL_UPLOADED", "SUBMISSION_EXCEL_REFUSED",
			"SUBMISSION_EXCEL_APPLIED", "DIRECTIVE_REGISTERED", "DIRECTIVE_CHANGED", "DIRECTIVE_REMOVED",
			"DIRECTIVE_ATTACHMENT_ADDED", "DIRECTIVE_ACTION_DECLARED", "DIRECTIVE_ACTION_RECORDED",
			"DIRECTIVE_ALIASES_CHANGED", "ANALYTICS_REBUILT", "BOUNDARY_MAP_UPLOADED", "BOUNDARY_MAP_REMOVED",
			"DOCUMENT_DRAFT_COMPOSED", "DOCUMENT_DRAFT_SAVED", "DOCUMENT_ISSUED", "DOCUMENT_PROFILE_CHANGED",
			"PRACTICE_REGISTERED", "PRACTICE_CHANGED", "PRACTICE_EVALUATED", "PRACTICE_RECOGNISED",
			"PRACTICE_IN_PROGRESS", "PRACTICE_REPLICATED", "PRACTICE_ENDED", "PRACTICE_MEDIA_ADDED",
			"PRACTICE_MEDIA_REMOVED", "PRACTICE_PUBLISHED", "PRACTICE_UNPUBLISHED", "COMPUTED_FIGURE_BOUND",
			"COMPUTED_FIGURE_UNBOUND", "AWARD_DECISION_RECORDED", "AWARD_DECISION_CHANGED", "AWARD_RECIPIENTS_ADDED",
			"CELL_COMMENT_WRITTEN", "CELL_COMMENT_ANSWERED");

	private final AuditLog auditLog;

	/** The modules' names of their objects, by kind (AuditTargetNames). */
	private final Map<String, AuditTargetNames> namers = new HashMap<>();

	private final Units units;

	private final Accounts accounts;

	private final MessageSource messages;

	AuditLogController(AuditLog auditLog, Units units, Accounts accounts, MessageSource messages,
			List<AuditTargetNames> namers) {
		this.auditLog = auditLog;
		namers.forEach((namer) -> this.namers.put(namer.targetType(), namer));
		this.units = units;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String showAuditLog(@AuthenticationPrincipal SignedInUser administrator,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String page, Locale locale,
			Model model) {
		LocalDate fromDate = parseDate(from, "from", model);
		LocalDate toDate = parseDate(to, "to", model);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			model.addAttribute("filterErrorKey", "audit.error.range");
			fromDate = null;
			toDate = null;
		}
		String knownAction = (action != null && ACTIONS.contains(action)) ? action : null;
		int pageNumber = pageNumber(page);
		List<AuditEntry> found = this.auditLog.find(
				new AuditQuery(actor, knownAction, unit, fromDate, toDate, scope(administrator), PAGE_SIZE + 1),
				(pageNumber - 1) * PAGE_SIZE);
		List<AuditEntry> entries = found.subList(0, Math.min(found.size(), PAGE_SIZE));
		model.addAttribute("entries", entries);
		model.addAttribute("page", pageNumber);
		model.addAttribute("hasNext", found.size() > PAGE_SIZE);
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
		addIfPresent(link, "actor", (actor != null) ? actor.trim() : null);
		addIfPresent(link, "action", knownAction);
		addIfPresent(link, "unit", (unit != null) ? unit.toString() : null);
		addIfPresent(link, "from", (fromDate != null) ? fromDate.toString() : null);
		addIfPresent(link, "to", (toDate != null) ? toDate.toString() : null);
		model.addAttribute("previousPage",
				link.cloneBuilder().queryParam("page", pageNumber - 1).build().encode().toUriString());
		model.addAttribute("nextPage",
				link.cloneBuilder().queryParam("page", pageNumber + 1).build().encode().toUriString());
		model.addAttribute("exportLink",
				link.cloneBuilder().replacePath("/admin/audit/export").build().encode().toUriString());
		model.addAttribute("people", this.accounts.displayNames(entries.stream().map(AuditEntry::actor).toList()));
		model.addAttribute("unitNames", unitNames(entries, unit));
		model.addAttribute("targetNames", targetNames(entries));
		Map<Long, AuditDetails.View> details = new HashMap<>();
		entries.forEach((e) -> details.put(e.id(), AuditDetails.of(e.action(), e.details(), this.messages, locale)));
		model.addAttribute("details", details);
		model.addAttribute("actions", ACTIONS);
		model.addAttribute("actor", (actor != null) ? actor.trim() : "");
		model.addAttribute("action", knownAction);
		model.addAttribute("from", (fromDate != null) ? fromDate.toString() : "");
		model.addAttribute("to", (toDate != null) ? toDate.toString() : "");
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("unit", unit);
		return "accounts/audit-log";
	}

	/**
	 * The entries of the same filter as CSV (UTF-8 with BOM, for Excel), newest first, at
	 * most {@value #EXPORT_LIMIT}.
	 */
	@GetMapping(path = "/admin/audit/export", produces = "text/csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser administrator,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long unit, Locale locale) {
		Model ignored = new org.springframework.ui.ExtendedModelMap();
		LocalDate fromDate = parseDate(from, "from", ignored);
		LocalDate toDate = parseDate(to, "to", ignored);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			fromDate = null;
			toDate = null;
		}
		String knownAction = (action != null && ACTIONS.contains(action)) ? action : null;
		List<AuditEntry> entries = new ArrayList<>();
		for (int offset = 0; offset < EXPORT_LIMIT; offset += 1000) {
			List<AuditEntry> page = this.auditLog
				.find(new AuditQuery(actor, knownAction, unit, fromDate, toDate, scope(administrator), 1000), offset);
			entries.addAll(page);
			if (page.size() < 1000) {
				break;
			}
		}
		Map<String, String> people = this.accounts.displayNames(entries.stream().map(AuditEntry::actor).toList());
		Map<String, String> targets = targetNames(entries);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", this.messages.getMessage("audit.col.time", null, locale),
				this.messages.getMessage("audit.col.actor", null, locale),
				this.messages.getMessage("audit.export.username", null, locale),
				this.messages.getMessage("audit.col.action", null, locale),
				this.messages.getMessage("audit.col.target", null, locale),
				this.messages.getMessage("audit.col.ip", null, locale),
				this.messages.getMessage("audit.col.details", null, locale)))
			.append("\r\n");
		for (AuditEntry e : entries) {
			csv.append(String.join(",", csvField(VietnamTime.formatDateTime(e.occurredAt())),
					csvField((e.actor() != null) ? people.getOrDefault(e.actor(), e.actor()) : ""), csvField(e.actor()),
					csvField(this.messages.getMessage("audit.action." + e.action(), null, e.action(), locale)),
					csvField(target(e, targets, locale)), csvField(e.remoteIp()), csvField(detailsText(e, locale))))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("nhat-ky-he-thong.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The object of an entry as a person names it ("Đơn vị Xã An Phú", "Báo cáo 12"). */
	private String target(AuditEntry e, Map<String, String> names, Locale locale) {
		if (e.targetType() == null) {
			return "";
		}
		String kind = this.messages.getMessage("audit.target." + e.targetType(), null, e.targetType(), locale);
		String name = names.get(e.targetType() + ":" + e.targetId());
		return kind + " " + ((name != null) ? name : e.targetId());
	}

	private String detailsText(AuditEntry e, Locale locale) {
		AuditDetails.View view = AuditDetails.of(e.action(), e.details(), this.messages, locale);
		StringBuilder text = new StringBuilder(view.text());
		for (AuditDetails.Change change : view.changes()) {
			text.append((text.length() > 0) ? "; " : "")
				.append(change.field())
				.append(": ")
				.append(change.before())
				.append(" → ")
				.append(change.after());
		}
		return text.toString();
	}

	/**
	 * The names of the objects this module can name, by {@code type:id}: units (as they
	 * last were) and user accounts (the person's name).
	 */
	private Map<String, String> targetNames(List<AuditEntry> entries) {
		Map<String, String> names = new HashMap<>();
		List<String> usernames = new ArrayList<>();
		for (AuditEntry e : entries) {
			if ("unit".equals(e.targetType()) && e.targetId() != null && e.targetId().matches("[0-9]{1,18}")) {
				String key = "unit:" + e.targetId();
				if (!names.containsKey(key)) {
					try {
						List<Unit> versions = this.units.history(Long.parseLong(e.targetId())).versions();
						names.put(key, versions.get(versions.size() - 1).fullName());
					}
					catch (UnitNotFoundException ex) {
						// a unit since removed: shown by its number
					}
				}
			}
			else if ("user".equals(e.targetType()) && e.targetId() != null) {
				usernames.add(e.targetId());
			}
		}
		this.accounts.displayNames(usernames).forEach((username, name) -> names.put("user:" + username, name));
		// The other modules' objects, one call per kind.
		Map<String, java.util.Set<String>> byKind = new HashMap<>();
		for (AuditEntry e : entries) {
			if (e.targetType() != null && e.targetId() != null && this.namers.containsKey(e.targetType())) {
				byKind.computeIfAbsent(e.targetType(), (k) -> new java.util.LinkedHashSet<>()).add(e.targetId());
			}
		}
		byKind.forEach((kind,
				ids) -> this.namers.get(kind).names(ids).forEach((id, name) -> names.put(kind + ":" + id, name)));
		return names;
	}

	private static String csvField(String value) {
		String text = (value != null) ? value : "";
		// A cell starting with = + - @ would be a formula in a spreadsheet.
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/**
	 * The names of the units the entries concern, as of the last day each existed, for
	 * display.
	 */
	private Map<Long, String> unitNames(List<AuditEntry> entries, Long filter) {
		Map<Long, String> names = new HashMap<>();
		Stream.concat(entries.stream().map(AuditEntry::unitId), Stream.of(filter))
			.filter(Objects::nonNull)
			.distinct()
			.forEach((id) -> {
				try {
					List<Unit> versions = this.units.history(id).versions();
					names.put(id, versions.get(versions.size() - 1).fullName());
				}
				catch (UnitNotFoundException ex) {
					names.put(id, "#" + id);
				}
			});
		return names;
	}

	/**
	 * An administrator of the whole system reads the whole log; one bound to a unit reads
	 * only what concerns that unit and the units below it.
	 */
	private List<Long> scope(SignedInUser administrator) {
		Long root = administrator.scopeUnitId();
		if (root == null) {
			return null;
		}
		List<Long> ids = new ArrayList<>();
		ids.add(root);
		this.units.descendants(root, UnitScope.today(), null).forEach((unit) -> ids.add(unit.id()));
		return ids;
	}

	private static void addIfPresent(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isEmpty()) {
			link.queryParam(name, value);
		}
	}

	/** The page asked for, from 1; anything unreadable is the first page. */
	private static int pageNumber(String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(Integer.parseInt(page.trim()), 100_000)) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static LocalDate parseDate(String value, String field, Model model) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return vn.danvan.shared.time.VietnamTime.parseDate(value);
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("filterErrorKey", "audit.error.date");
			return null;
		}
	}

}

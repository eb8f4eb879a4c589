package vn.danvan.units.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.tree.UnitParameters;

/**
 * "Nhập danh sách đơn vị": an administrator of the whole system uploads the three files
 * of a reorganisation and reads the report, line by line; or imports, in one click, the
 * official lists shipped with Danvan, in the background with a progress bar.
 */
@Controller
@RequestMapping("/units/import")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitImportController {

	static final String VIEW = "units/import";

	private final UnitImports imports;

	private final OfficialUnitImport official;

	UnitImportController(UnitImports imports, OfficialUnitImport official) {
		this.imports = imports;
		this.official = official;
	}

	@GetMapping
	String showImportForm(@AuthenticationPrincipal ScopedUser user, Model model) {
		requireWholeSystem(user);
		model.addAttribute("effective", UnitImports.REFORM_2025);
		model.addAttribute("beforeDate", UnitImports.BEFORE_REFORM_2025);
		return VIEW;
	}

	/**
	 * "Nhập danh sách đơn vị hành chính chính thức": starts the import of the shipped
	 * lists and goes back to the page, which follows its progress.
	 */
	@PostMapping("/official")
	String importOfficial(@AuthenticationPrincipal ScopedUser user, RedirectAttributes redirect) {
		requireWholeSystem(user);
		try {
			this.official.start(user.getUsername());
		}
		catch (OfficialUnitImport.ImportAlreadyRunningException ex) {
			redirect.addFlashAttribute("officialError", "unitImport.official.alreadyRunning");
		}
		return "redirect:/units/import#official";
	}

	/** The progress of the official import (polled by the page while it runs). */
	@GetMapping("/official")
	String officialProgress(@AuthenticationPrincipal ScopedUser user) {
		requireWholeSystem(user);
		return VIEW + " :: official-progress";
	}

	@ModelAttribute("official")
	OfficialImportStatus officialStatus() {
		return this.official.status().orElse(null);
	}

	@PostMapping
	String importReorganisation(@AuthenticationPrincipal ScopedUser user,
			@RequestParam(required = false) MultipartFile before, @RequestParam(required = false) MultipartFile after,
			@RequestParam(required = false) MultipartFile links, @RequestParam(required = false) String effective,
			@RequestParam(required = false) String beforeDate, HttpServletResponse response, Model model)
			throws IOException {
		requireWholeSystem(user);
		model.addAttribute("effective", UnitImports.REFORM_2025);
		model.addAttribute("beforeDate", UnitImports.BEFORE_REFORM_2025);
		LocalDate effectiveDay;
		LocalDate beforeDay;
		try {
			effectiveDay = orDefault(UnitParameters.date(effective, "effective"), UnitImports.REFORM_2025);
			beforeDay = orDefault(UnitParameters.date(beforeDate, "beforeDate"), UnitImports.BEFORE_REFORM_2025);
		}
		catch (InvalidRequestException ex) {
			return refuse(response, model, List.of(ex.messageKey()));
		}
		model.addAttribute("effective", effectiveDay);
		model.addAttribute("beforeDate", beforeDay);
		if (!beforeDay.isBefore(effectiveDay)) {
			return refuse(response, model, List.of("unit.import.error.dates"));
		}
		List<ImportFiles.Problem> problems = ImportFiles.check(before, after, links);
		if (!problems.isEmpty()) {
			model.addAttribute("fileProblems", problems);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		ImportReport report;
		try (InputStream beforeTree = before.getInputStream();
				InputStream afterTree = after.getInputStream();
				InputStream linkFile = links.getInputStream()) {
			report = this.imports.importReorganisation(beforeTree, afterTree, linkFile, effectiveDay, beforeDay,
					user.getUsername());
		}
		model.addAttribute("report", report);
		if (!report.applied()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return VIEW;
	}

	private static String refuse(HttpServletResponse response, Model model, List<String> errorKeys) {
		model.addAttribute("formErrors", errorKeys);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW;
	}

	private static LocalDate orDefault(LocalDate date, LocalDate fallback) {
		return (date != null) ? date : fallback;
	}

	/**
	 * An import changes the whole tree: only an administrator without a unit (of the
	 * whole system) may run it.
	 */
	static void requireWholeSystem(ScopedUser user) {
		if (user.scopeUnitId() != null) {
			throw new AccessDeniedException("Only an administrator of the whole system may import units");
		}
	}

}

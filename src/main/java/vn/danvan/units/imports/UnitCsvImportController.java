package vn.danvan.units.imports;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.shared.security.ScopedUser;

/**
 * Administrators of the whole system upload a CSV list of units and read the report, line
 * by line.
 */
@Controller
@RequestMapping("/units/import-csv")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitCsvImportController {

	static final String VIEW = "units/import-csv";

	private final UnitImports imports;

	UnitCsvImportController(UnitImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String showForm(@AuthenticationPrincipal ScopedUser user, Model model) {
		model.addAttribute("allowed", user.scopeUnitId() == null);
		return VIEW;
	}

	@PostMapping
	String importCsv(@AuthenticationPrincipal ScopedUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		model.addAttribute("allowed", user.scopeUnitId() == null);
		if (user.scopeUnitId() != null) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return VIEW;
		}
		ImportReport report = CsvUploads.importFile(this.imports, file, user.getUsername());
		model.addAttribute("report", report);
		if (!report.applied()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return VIEW;
	}

}

package vn.danvan.units.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.tree.UnitParameters;
import vn.danvan.units.tree.UnitsApi;
import vn.danvan.units.tree.UnitsApiProblems;

/**
 * {@code POST /api/v1/unit-imports}: imports a reorganisation from the multipart parts
 * {@code before}, {@code after} and {@code links} and answers the import report (422 when
 * it was rejected and nothing was written). {@code POST /api/v1/unit-imports/official}
 * starts the import of the official lists shipped with Danvan in the background (202, the
 * status; 409 while one runs), {@code GET /api/v1/unit-imports/official} follows it (404
 * before any).
 */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitImportsApiController implements UnitsApi {

	private final UnitImports imports;

	private final MessageSource messages;

	private final OfficialUnitImport official;

	UnitImportsApiController(UnitImports imports, MessageSource messages, OfficialUnitImport official) {
		this.imports = imports;
		this.messages = messages;
		this.official = official;
	}

	@PostMapping("/api/v1/unit-imports/official")
	ResponseEntity<?> importOfficial(@AuthenticationPrincipal ScopedUser user, HttpServletRequest request) {
		UnitImportController.requireWholeSystem(user);
		try {
			OfficialImportStatus status = this.official.start(user.getUsername());
			return ResponseEntity.accepted().location(URI.create("/api/v1/unit-imports/official")).body(status);
		}
		catch (OfficialUnitImport.ImportAlreadyRunningException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					this.messages.getMessage("unitImport.official.api.alreadyRunning",
							new Object[] { ex.running().startedBy() }, UnitsApiProblems.locale(request)));
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
	}

	@GetMapping("/api/v1/unit-imports/official")
	ResponseEntity<OfficialImportStatus> officialStatus(@AuthenticationPrincipal ScopedUser user) {
		UnitImportController.requireWholeSystem(user);
		return ResponseEntity.of(this.official.status());
	}

	@PostMapping(path = "/api/v1/unit-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importReorganisation(@AuthenticationPrincipal ScopedUser user,
			@RequestParam(required = false) MultipartFile before, @RequestParam(required = false) MultipartFile after,
			@RequestParam(required = false) MultipartFile links, @RequestParam(required = false) String effective,
			@RequestParam(required = false) String beforeDate, HttpServletRequest request) throws IOException {
		UnitImportController.requireWholeSystem(user);
		LocalDate effectiveDay = UnitParameters.date(effective, "effective");
		LocalDate beforeDay = UnitParameters.date(beforeDate, "beforeDate");
		effectiveDay = (effectiveDay != null) ? effectiveDay : UnitImports.REFORM_2025;
		beforeDay = (beforeDay != null) ? beforeDay : UnitImports.BEFORE_REFORM_2025;
		if (!beforeDay.isBefore(effectiveDay)) {
			throw new InvalidRequestException("beforeDate", "unit.import.error.dates");
		}
		List<ImportFiles.Problem> problems = ImportFiles.check(before, after, links);
		if (!problems.isEmpty()) {
			List<ImportIssue> errors = problems.stream()
				.map((p) -> new ImportIssue(p.field(),
						this.messages.getMessage(p.messageKey(), new Object[] { p.fileName() },
								UnitsApiProblems.locale(request))))
				.toList();
			return ResponseEntity.unprocessableContent().body(ImportReport.rejected(errors, List.of()));
		}
		ImportReport report;
		try (InputStream beforeTree = before.getInputStream();
				InputStream afterTree = after.getInputStream();
				InputStream linkFile = links.getInputStream()) {
			report = this.imports.importReorganisation(beforeTree, afterTree, linkFile, effectiveDay, beforeDay,
					user.getUsername());
		}
		return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

}

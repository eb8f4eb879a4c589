package vn.danvan.units.imports;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.shared.security.ScopedUser;

/**
 * {@code POST /api/v1/unit-imports/csv} (multipart part {@code file}): the import report
 * as JSON, 422 when the file was rejected and nothing was written.
 */
@RestController
@RequestMapping("/api/v1/unit-imports")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitImportApiController {

	private final UnitImports imports;

	UnitImportApiController(UnitImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImportReport> importCsv(@AuthenticationPrincipal ScopedUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (user.scopeUnitId() != null) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		ImportReport report = CsvUploads.importFile(this.imports, file, user.getUsername());
		return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

}

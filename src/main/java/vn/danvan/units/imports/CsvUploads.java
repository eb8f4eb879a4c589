package vn.danvan.units.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded CSV list of units, for the page and the API alike: a missing file, or one
 * that is plainly not CSV (a spreadsheet, a PDF, JSON), is refused before reading.
 */
final class CsvUploads {

	private static final List<String> NOT_CSV = List.of(".xlsx", ".xls", ".ods", ".json", ".pdf", ".doc", ".docx",
			".zip");

	private CsvUploads() {
	}

	static ImportReport importFile(UnitImports imports, MultipartFile file, String actor) throws IOException {
		if (file == null || file.isEmpty()) {
			return ImportReport.rejected(List.of(new ImportIssue("tệp", "Chưa chọn tệp, hoặc tệp rỗng.")), List.of());
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		if (NOT_CSV.stream().anyMatch(name::endsWith)) {
			return ImportReport.rejected(List.of(new ImportIssue("tệp", "Tệp \"" + file.getOriginalFilename()
					+ "\" không phải CSV. Vui lòng lưu bảng tính dưới dạng CSV UTF-8 (dấu phẩy) rồi tải lên lại.")),
					List.of());
		}
		return imports.importCsv(file.getInputStream(), actor);
	}

}

package vn.danvan.units.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The three uploaded files of a reorganisation, checked before the import: each must be
 * present and look like JSON (an object or a list), so that a spreadsheet or a PDF is
 * refused with a clear message instead of a parser error.
 */
final class ImportFiles {

	private ImportFiles() {
	}

	/**
	 * Message keys (with the field name as argument) of what is wrong with the files;
	 * empty when they can be imported.
	 */
	static List<Problem> check(MultipartFile before, MultipartFile after, MultipartFile links) {
		List<Problem> problems = new ArrayList<>();
		check("before", before, problems);
		check("after", after, problems);
		check("links", links, problems);
		return problems;
	}

	private static void check(String field, MultipartFile file, List<Problem> problems) {
		if (file == null || file.isEmpty()) {
			problems.add(new Problem(field, "unit.import.error.missing", ""));
			return;
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		try (InputStream in = file.getInputStream()) {
			if (!startsLikeJson(in)) {
				problems.add(new Problem(field, "unit.import.error.notJson", name));
			}
		}
		catch (IOException ex) {
			problems.add(new Problem(field, "unit.import.error.unreadable", name));
		}
	}

	/**
	 * True when the first character after whitespace and a byte order mark opens a JSON
	 * object or list.
	 */
	static boolean startsLikeJson(InputStream in) throws IOException {
		PushbackInputStream input = new PushbackInputStream(in, 3);
		byte[] bom = new byte[3];
		int read = input.readNBytes(bom, 0, 3);
		if (!(read == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
			input.unread(bom, 0, read);
		}
		int c = input.read();
		while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			c = input.read();
		}
		return c == '{' || c == '[';
	}

	/**
	 * @param field {@code before}, {@code after} or {@code links}
	 * @param fileName the name of the uploaded file, when known
	 */
	record Problem(String field, String messageKey, String fileName) {
	}

}

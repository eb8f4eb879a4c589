package vn.danvan.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Decides what a file is from its bytes, never from its name, by reading its structure: a
 * DOCX is one that Apache POI opens as a Word document (a ZIP cut off, or a ZIP that
 * holds no document, is not); a PDF has the header {@code %PDF-1.x}, ends with
 * {@code %%EOF} after {@code startxref} and an offset that points, inside the file, at a
 * cross-reference table ({@code xref}) or stream ({@code n 0 obj}). {@code %PDF} alone is
 * not a PDF. Images are told by {@link Images}.
 */
public final class FileContents {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final Pattern PDF_HEADER = Pattern.compile("%PDF-[12]\\.\\d");

	private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d{1,12})\\s+%%EOF\\s*$");

	private static final Pattern XREF_AT = Pattern.compile("(xref|\\d+\\s+\\d+\\s+obj)");

	/** The PDF specification lets the end marker lie within the last 1,024 bytes. */
	private static final int TAIL = 1024;

	private FileContents() {
	}

	public static Optional<String> contentType(byte[] content) {
		if (content == null || content.length < 4) {
			return Optional.empty();
		}
		if (content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
			return isPdf(content) ? Optional.of(PDF) : Optional.empty();
		}
		if (content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4 && isWordDocument(content)) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	static boolean isPdf(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 16), StandardCharsets.ISO_8859_1);
		if (!PDF_HEADER.matcher(head).lookingAt()) {
			return false;
		}
		int from = Math.max(0, content.length - TAIL);
		String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
		Matcher end = START_XREF.matcher(tail);
		if (!end.find()) {
			return false;
		}
		long offset = Long.parseLong(end.group(1));
		if (offset <= 0 || offset >= content.length) {
			return false;
		}
		int at = (int) offset;
		String there = new String(content, at, Math.min(content.length - at, 32), StandardCharsets.ISO_8859_1);
		return XREF_AT.matcher(there).lookingAt();
	}

	private static boolean isWordDocument(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			return document.getDocument() != null && document.getDocument().getBody() != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}

package vn.danvan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small valid files for upload tests: a PDF with a real structure (header, one page tree,
 * cross-reference table, trailer, {@code startxref} pointing at the table, {@code %%EOF})
 * and a DOCX written by Apache POI.
 */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf() {
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int catalog = pdf.length();
		pdf.append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
		int pages = pdf.length();
		pdf.append("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
		int xref = pdf.length();
		pdf.append("xref\n0 3\n0000000000 65535 f \n")
			.append("%010d 00000 n \n".formatted(catalog))
			.append("%010d 00000 n \n".formatted(pages))
			.append("trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

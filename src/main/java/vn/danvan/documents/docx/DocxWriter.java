package vn.danvan.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.documents.profiles.FormatProfile;

/**
 * Writes a review report as DOCX in the Party document format of a profile: A4 with the
 * profile's margins; the borderless two-column header (superior and issuing body, "*",
 * number line | "ĐẢNG CỘNG SẢN VIỆT NAM" underlined, place-date line in italics); title
 * and summary; the body with the heading scheme "Phần", "I-", "1."; recipients and the
 * signature block side by side; page numbers centred at the top from page 2; the appendix
 * of figure tables.
 */
public final class DocxWriter {

	static final int A4_WIDTH = 11906;

	static final int A4_HEIGHT = 16838;

	/**
	 * The header table reaches this far into each side margin (5 mm), so that the long
	 * names of the bodies and the Party line stay on one line each.
	 */
	static final int HEADER_OUTDENT = 284;

	private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\.$");

	private DocxWriter() {
	}

	public static byte[] write(ReportDocument report) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new Builder(doc, report).build();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BigInteger twips(BigDecimal millimetres) {
		return millimetres.multiply(BigDecimal.valueOf(1440))
			.divide(new BigDecimal("25.4"), 0, RoundingMode.HALF_UP)
			.toBigInteger();
	}

	/**
	 * "I." as "I-", the Party heading style; other labels as they are.
	 */
	static String heading(String label) {
		Matcher roman = ROMAN.matcher(label.trim());
		return roman.matches() ? roman.group(1) + "-" : label.trim();
	}

	private static final class Builder extends PartyPage {

		private final ReportDocument report;

		Builder(XWPFDocument doc, ReportDocument report) {
			super(doc, report.profile());
			this.report = report;
		}

		void build() {
			page();
			header(this.report.superior(), this.report.issuing(), this.report.numberText(), this.report.placeDate());
			title();
			content();
			signature();
			appendix();
		}

		private void title() {
			XWPFParagraph type = centred(this.doc.createParagraph());
			type.setSpacingBefore(360);
			run(type, this.report.typeName(), this.profile.titleSize().doubleValue(), true, false, false);
			XWPFParagraph summary = centred(this.doc.createParagraph());
			run(summary, this.report.summary(), this.profile.headerSize().doubleValue(), true, false, false);
			XWPFParagraph rule = centred(this.doc.createParagraph());
			rule.setSpacingAfter(240);
			run(rule, "-----", this.profile.headerSize().doubleValue(), false, false, false);
		}

		private void content() {
			int indent = this.profile.indentCm()
				.multiply(BigDecimal.valueOf(567))
				.setScale(0, RoundingMode.HALF_UP)
				.intValue();
			List<ReportDocument.Block> blocks = this.report.body();
			for (int b = 0; b < blocks.size(); b++) {
				ReportDocument.Block block = blocks.get(b);
				if (!written(blocks, b)) {
					// No empty heading: a section with no text, nor any below it.
					continue;
				}
				if (block.depth() == 0) {
					XWPFParagraph part = centred(this.doc.createParagraph());
					part.setSpacingBefore(240);
					run(part, block.label(), this.body, true, false, false);
					XWPFParagraph title = centred(this.doc.createParagraph());
					title.setSpacingAfter(120);
					run(title, block.title(), this.body, true, false, false);
				}
				else {
					XWPFParagraph heading = this.doc.createParagraph();
					heading.setAlignment(ParagraphAlignment.BOTH);
					heading.setIndentationFirstLine(indent);
					heading.setSpacingBefore(120);
					String label = heading(block.label());
					run(heading, (label.isEmpty() ? "" : label + " ") + block.title(), this.body, true, false, false);
				}
				for (String line : block.text().split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					XWPFParagraph paragraph = this.doc.createParagraph();
					paragraph.setAlignment(ParagraphAlignment.BOTH);
					paragraph.setIndentationFirstLine(indent);
					paragraph.setSpacingAfter(80);
					run(paragraph, line.strip(), this.body, false, false, false);
				}
			}
		}

		/**
		 * Whether a block has text, or some block under it (deeper, before the next of
		 * its depth or above) has.
		 */
		static boolean written(List<ReportDocument.Block> blocks, int index) {
			ReportDocument.Block block = blocks.get(index);
			if (block.text() != null && !block.text().isBlank()) {
				return true;
			}
			for (int i = index + 1; i < blocks.size() && blocks.get(i).depth() > block.depth(); i++) {
				if (blocks.get(i).text() != null && !blocks.get(i).text().isBlank()) {
					return true;
				}
			}
			return false;
		}

		private void signature() {
			int width = textWidth();
			int left = width * 50 / 100;
			XWPFTable table = borderless(this.doc.createTable(1, 2), left, width - left);
			XWPFTableCell recipients = table.getRow(0).getCell(0);
			double small = Math.max(this.body - 2, 8);
			XWPFParagraph label = recipients.getParagraphs().get(0);
			label.setSpacingBefore(240);
			XWPFRun labelRun = run(label, this.profile.label("recipients"), small, true, true, true);
			labelRun.setUnderline(UnderlinePatterns.SINGLE);
			List<String> lines = this.report.recipients();
			for (int i = 0; i < lines.size(); i++) {
				XWPFParagraph line = recipients.addParagraph();
				line.setSpacingAfter(0);
				run(line, "- " + lines.get(i) + ((i == lines.size() - 1) ? "." : ","), small - 1, false, false, false);
			}
			XWPFTableCell signer = table.getRow(0).getCell(1);
			XWPFParagraph first = centred(signer.getParagraphs().get(0));
			first.setSpacingBefore(240);
			for (int i = 0; i < this.report.authority().size(); i++) {
				XWPFParagraph line = (i == 0) ? first : centred(signer.addParagraph());
				run(line, this.report.authority().get(i), this.profile.headerSize().doubleValue(), true, false, false);
			}
			for (int i = 0; i < 4; i++) {
				signer.addParagraph();
			}
			run(centred(signer.addParagraph()), this.report.signer(), this.profile.headerSize().doubleValue(), true,
					false, false);
		}

		private void appendix() {
			ReportDocument.Appendix appendix = this.report.appendix();
			XWPFParagraph title = centred(this.doc.createParagraph());
			title.setPageBreak(true);
			run(title, appendix.title(), this.profile.titleSize().doubleValue() - 2, true, false, false);
			run(centred(this.doc.createParagraph()), appendix.subtitle(), this.body - 1, false, true, false);
			if (!appendix.note().isEmpty()) {
				run(centred(this.doc.createParagraph()), appendix.note(), this.body - 2, false, true, false);
			}
			double size = Math.max(this.body - 2, 8);
			int width = textWidth();
			int[] columns = { width * 6 / 100, width * 46 / 100, width * 12 / 100, width * 12 / 100, width * 12 / 100 };
			columns = new int[] { columns[0], columns[1], columns[2], columns[3], columns[4],
					width - columns[0] - columns[1] - columns[2] - columns[3] - columns[4] };
			for (ReportDocument.Table figures : appendix.tables()) {
				XWPFParagraph heading = this.doc.createParagraph();
				heading.setSpacingBefore(200);
				run(heading, figures.heading(), this.body - 1, true, false, false);
				XWPFTable table = this.doc.createTable(figures.rows().size() + 1, 6);
				grid(table, columns);
				String[] head = { "TT", "Chỉ tiêu", "Đơn vị tính", appendix.valueColumn(), appendix.compareColumn(),
						"Tăng (+), giảm (-)" };
				for (int c = 0; c < head.length; c++) {
					cell(table.getRow(0).getCell(c), head[c], size, true, ParagraphAlignment.CENTER);
				}
				for (int r = 0; r < figures.rows().size(); r++) {
					ReportDocument.Row row = figures.rows().get(r);
					XWPFTableRow line = table.getRow(r + 1);
					cell(line.getCell(0), String.valueOf(r + 1), size, false, ParagraphAlignment.CENTER);
					cell(line.getCell(1), row.label(), size, false, ParagraphAlignment.LEFT);
					cell(line.getCell(2), row.unit(), size, false, ParagraphAlignment.CENTER);
					cell(line.getCell(3), VietnameseNumbers.format(row.value()), size, false, ParagraphAlignment.RIGHT);
					cell(line.getCell(4), VietnameseNumbers.format(row.compared()), size, false,
							ParagraphAlignment.RIGHT);
					BigDecimal change = row.change();
					BigDecimal percent = row.percent();
					cell(line.getCell(5), (change == null) ? ""
							: ((change.signum() > 0) ? "+" : "") + VietnameseNumbers.format(change)
									+ ((percent != null) ? " (" + VietnameseNumbers.format(percent) + "%)" : ""),
							size, false, ParagraphAlignment.RIGHT);
				}
			}
		}

	}

}

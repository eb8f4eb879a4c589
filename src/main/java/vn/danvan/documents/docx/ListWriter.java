package vn.danvan.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.danvan.documents.PartyList;
import vn.danvan.documents.profiles.FormatProfile;

/**
 * Writes a {@link PartyList} as DOCX: the Party header of the issuing body (no number and
 * no place-date line: a list carries its decision's), the title in bold capitals, the
 * subtitle and the "(Kèm theo …)" line in italics, then each table under its heading,
 * with a header row repeated on every page.
 */
final class ListWriter extends PartyPage {

	private final PartyList list;

	private final String superior;

	private final String issuing;

	private ListWriter(XWPFDocument doc, FormatProfile profile, PartyList list, String superior, String issuing) {
		super(doc, profile);
		this.list = list;
		this.superior = superior;
		this.issuing = issuing;
	}

	static byte[] write(FormatProfile profile, PartyList list, String superior, String issuing) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new ListWriter(doc, profile, list, superior, issuing).build();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void build() {
		page();
		header(this.superior, this.issuing, "", "");
		XWPFParagraph title = centred(this.doc.createParagraph());
		title.setSpacingBefore(360);
		run(title, this.list.title(), this.profile.titleSize().doubleValue(), true, false, false);
		if (this.list.subtitle() != null && !this.list.subtitle().isBlank()) {
			run(centred(this.doc.createParagraph()), this.list.subtitle(), this.profile.headerSize().doubleValue(),
					true, false, false);
		}
		if (this.list.attachedTo() != null && !this.list.attachedTo().isBlank()) {
			run(centred(this.doc.createParagraph()), this.list.attachedTo(), this.body, false, true, false);
		}
		XWPFParagraph rule = centred(this.doc.createParagraph());
		rule.setSpacingAfter(240);
		run(rule, "-----", this.profile.headerSize().doubleValue(), false, false, false);
		for (PartyList.Table table : this.list.tables()) {
			table(table);
		}
	}

	private void table(PartyList.Table content) {
		XWPFParagraph heading = this.doc.createParagraph();
		heading.setSpacingBefore(200);
		heading.setSpacingAfter(80);
		run(heading, content.heading(), this.body, true, false, false);
		List<PartyList.Column> columns = content.columns();
		int width = textWidth();
		int[] widths = new int[columns.size()];
		int used = 0;
		for (int c = 0; c < columns.size(); c++) {
			widths[c] = (c == columns.size() - 1) ? width - used : width * columns.get(c).percent() / 100;
			used += widths[c];
		}
		double size = Math.max(this.body - 1, 8);
		XWPFTable table = this.doc.createTable(content.rows().size() + 1, columns.size());
		grid(table, widths);
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < columns.size(); c++) {
			cell(head.getCell(c), columns.get(c).heading(), size, true, ParagraphAlignment.CENTER);
		}
		for (int r = 0; r < content.rows().size(); r++) {
			List<String> row = content.rows().get(r);
			XWPFTableRow line = table.getRow(r + 1);
			line.setCantSplitRow(true);
			for (int c = 0; c < columns.size(); c++) {
				String text = (c < row.size()) ? row.get(c) : "";
				cell(line.getCell(c), text, size, false,
						columns.get(c).centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
			}
		}
	}

}

package vn.danvan.documents.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.danvan.documents.profiles.FormatProfile;

/**
 * What every document in the Party format shares, in the fonts and sizes of a profile:
 * the A4 page with the profile's margins and page numbers from page 2, the borderless
 * two-column header (superior and issuing body, "*", number line | "ĐẢNG CỘNG SẢN VIỆT
 * NAM" underlined, place-date line in italics; an empty number or place-date line is left
 * out), and the runs, cells and tables the documents are written with.
 */
abstract class PartyPage {

	final XWPFDocument doc;

	final FormatProfile profile;

	final String font;

	final double body;

	PartyPage(XWPFDocument doc, FormatProfile profile) {
		this.doc = doc;
		this.profile = profile;
		this.font = profile.effectiveFont();
		this.body = profile.bodySize().doubleValue();
	}

	void page() {
		CTSectPr section = this.doc.getDocument().getBody().isSetSectPr() ? this.doc.getDocument().getBody().getSectPr()
				: this.doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(DocxWriter.A4_WIDTH));
		size.setH(BigInteger.valueOf(DocxWriter.A4_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(DocxWriter.twips(this.profile.marginTop()));
		margins.setBottom(DocxWriter.twips(this.profile.marginBottom()));
		margins.setLeft(DocxWriter.twips(this.profile.marginLeft()));
		margins.setRight(DocxWriter.twips(this.profile.marginRight()));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
		section.addNewTitlePg();
		XWPFHeader first = this.doc.createHeader(HeaderFooterType.FIRST);
		first.createParagraph();
		XWPFHeader others = this.doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = others.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.getCTP().addNewFldSimple().setInstr("PAGE");
		XWPFRun run = number.createRun();
		run.setFontFamily(this.font);
		run.setFontSize(this.body);
	}

	int textWidth() {
		return DocxWriter.A4_WIDTH - DocxWriter.twips(this.profile.marginLeft()).intValue()
				- DocxWriter.twips(this.profile.marginRight()).intValue();
	}

	void header(String superiorText, String issuingText, String numberText, String placeDate) {
		int width = textWidth() + 2 * DocxWriter.HEADER_OUTDENT;
		double header = this.profile.headerSize().doubleValue();
		// Wide enough for the issuing body on one line ("BAN TUYÊN GIÁO VÀ DÂN VẬN"),
		// with room to spare for the renderer, up to what the right column can give.
		int needed = Math.max(HeaderLines.width(issuingText, true, header),
				HeaderLines.width(superiorText, false, header)) * 108 / 100 + 240;
		int left = Math.min(Math.max(width * 44 / 100, needed), width * 54 / 100);
		XWPFTable table = borderless(this.doc.createTable(1, 2), left, width - left);
		CTTblPr properties = table.getCTTbl().getTblPr();
		CTTblWidth indent = properties.isSetTblInd() ? properties.getTblInd() : properties.addNewTblInd();
		indent.setW(BigInteger.valueOf(-DocxWriter.HEADER_OUTDENT));
		indent.setType(STTblWidth.DXA);
		table.setCellMargins(0, 0, 0, 0);
		XWPFTableCell bodyCell = table.getRow(0).getCell(0);
		XWPFParagraph superior = bodyCell.getParagraphs().get(0);
		centred(superior);
		lines(superior, HeaderLines.lines(superiorText, false, header, left - 120), header, false);
		lines(centred(bodyCell.addParagraph()), HeaderLines.lines(issuingText, true, header, left - 120), header, true);
		run(centred(bodyCell.addParagraph()), this.profile.label("star"), header, false, false, false);
		if (numberText != null && !numberText.isEmpty()) {
			run(centred(bodyCell.addParagraph()), numberText, header, false, false, false);
		}
		XWPFTableCell partyCell = table.getRow(0).getCell(1);
		XWPFParagraph party = centred(partyCell.getParagraphs().get(0));
		run(party, this.profile.label("party"), this.profile.partySize().doubleValue(), true, false, true);
		if (placeDate != null && !placeDate.isEmpty()) {
			XWPFParagraph place = centred(partyCell.addParagraph());
			place.setSpacingBefore(120);
			run(place, placeDate, header, false, true, false);
		}
	}

	/**
	 * Lines of a header paragraph, with breaks between them.
	 */
	void lines(XWPFParagraph paragraph, List<String> lines, double size, boolean bold) {
		for (int i = 0; i < lines.size(); i++) {
			XWPFRun run = run(paragraph, lines.get(i), size, bold, false, false);
			if (i < lines.size() - 1) {
				run.addBreak();
			}
		}
	}

	void cell(XWPFTableCell cell, String text, double size, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(0);
		run(paragraph, (text != null) ? text : "", size, bold, false, false);
	}

	XWPFTable borderless(XWPFTable table, int left, int right) {
		table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		grid(table, new int[] { left, right });
		return table;
	}

	void grid(XWPFTable table, int[] widths) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		table.setWidth(String.valueOf(total));
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
				row.getCell(c).setWidth(String.valueOf(widths[c]));
			}
		}
	}

	static XWPFParagraph centred(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic, boolean underline) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(this.font);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		return run;
	}

}

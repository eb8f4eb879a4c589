package vn.danvan.documents;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a review report file shows, resolved: the header texts, the number and
 * place-date lines, the body, the signature block, the recipients and the appendix.
 */
record ReportDocument(FormatProfile profile, String superior, String issuing, String numberText, String placeDate,
		String typeName, String summary, List<Block> body, List<String> authority, String signer,
		List<String> recipients, Appendix appendix) {

	/**
	 * A heading (depth 0 part, 1 "I-", 2 "1.") and the text under it, paragraphs by line.
	 */
	record Block(int depth, String label, String title, String text) {
	}

	/**
	 * The figure tables: one per section of the template that holds figures.
	 */
	record Appendix(String title, String subtitle, String valueColumn, String compareColumn, List<Table> tables) {
	}

	record Table(String heading, List<Row> rows) {
	}

	/**
	 * A figure: its label, unit of measure, the value and the value compared with, as
	 * analytics adds them up.
	 */
	record Row(String key, String label, String unit, BigDecimal value, BigDecimal compared) {

		BigDecimal change() {
			return (this.value == null || this.compared == null) ? null : this.value.subtract(this.compared);
		}

	}

}

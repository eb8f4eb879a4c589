package vn.danvan.documents.docx;

import java.math.BigDecimal;
import java.util.List;
import vn.danvan.documents.profiles.FormatProfile;

/**
 * Everything a review report file shows, resolved: the header texts, the number and
 * place-date lines, the body, the signature block, the recipients and the appendix.
 */
public record ReportDocument(FormatProfile profile, String superior, String issuing, String numberText,
		String placeDate, String typeName, String summary, List<Block> body, List<String> authority, String signer,
		List<String> recipients, Appendix appendix) {

	/**
	 * A heading (depth 0 part, 1 "I-", 2 "1.") and the text under it, paragraphs by line.
	 */
	public record Block(int depth, String label, String title, String text) {
	}

	/**
	 * The figure tables: one per section of the template that holds figures. The value
	 * and compare columns are each period's totals (their headings say how many units
	 * each counts); the change is over the units that reported in both.
	 *
	 * @param note how the change is computed when not over every unit ("Tăng, giảm so
	 * sánh cùng 4 đơn vị…"), or empty
	 * @param fileName the name the appendix is downloaded under, without extension
	 */
	public record Appendix(String title, String subtitle, String valueColumn, String compareColumn, String note,
			List<Table> tables, String fileName) {
	}

	public record Table(String heading, List<Row> rows) {
	}

	/**
	 * A figure: its label, unit of measure, the value and the other period's total, as
	 * analytics adds them up, and both over the units that reported in both periods
	 * ({@code likeNow}, {@code likeBefore}: null when they cannot be compared).
	 *
	 * @param decimals how many decimal places the figure is shown with
	 */
	public record Row(String key, String label, String unit, BigDecimal value, BigDecimal compared, BigDecimal likeNow,
			BigDecimal likeBefore, boolean percentPoints, int decimals) {

		BigDecimal change() {
			return (this.likeNow == null || this.likeBefore == null) ? null : this.likeNow.subtract(this.likeBefore);
		}

		/**
		 * The change in percent of the value compared with; none for a percentage (in
		 * points) or from zero.
		 */
		BigDecimal percent() {
			BigDecimal change = change();
			if (change == null || this.percentPoints || this.likeBefore.signum() == 0) {
				return null;
			}
			return change.multiply(BigDecimal.valueOf(100))
				.divide(this.likeBefore.abs(), 1, java.math.RoundingMode.HALF_UP);
		}

	}

}

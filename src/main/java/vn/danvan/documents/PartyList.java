package vn.danvan.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A list in the Party document format, issued under a unit's body on a date: the header
 * of the unit's issuing body (superior and issuing body, "*", "ĐẢNG CỘNG SẢN VIỆT NAM"),
 * the title ("DANH SÁCH …"), the line saying what it is attached to ("(Kèm theo Quyết
 * định số …)") and its tables, each with a heading and bordered columns. Used for the
 * annexes of decisions (the recipients of a commendation) and the like.
 *
 * @param fileName the name the file is downloaded under, with its extension
 */
public record PartyList(long unitId, LocalDate date, String title, String subtitle, String attachedTo,
		List<Table> tables, String fileName) {

	public PartyList {
		tables = List.copyOf(tables);
	}

	/**
	 * A table: its heading ("I- TẬP THỂ (17)"), its columns and its rows of texts (one
	 * per column, the first usually the row number).
	 */
	public record Table(String heading, List<Column> columns, List<List<String>> rows) {

		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/**
	 * A column: its heading, its share of the text width in percent, and whether its
	 * cells are centred (numbers, short codes) or left-aligned (names).
	 */
	public record Column(String heading, int percent, boolean centred) {

	}

}

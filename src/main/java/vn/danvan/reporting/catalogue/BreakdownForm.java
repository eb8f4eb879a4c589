package vn.danvan.reporting.catalogue;

/**
 * A new breakdown as posted; {@code items} has one item a line, {@code CODE | Tên}.
 */
record BreakdownForm(String code, String name, String items) {

	static BreakdownForm empty() {
		return new BreakdownForm("", "", "");
	}

}

package vn.danvan.shared.figures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when to count: a unit with its subtree as the tree was on {@code treeDate},
 * and the window {@code from}–{@code to} (both included).
 */
public record MeasureQuery(long unitId, LocalDate from, LocalDate to, LocalDate treeDate) {

	public MeasureQuery {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(treeDate, "treeDate");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("window ends before it starts: " + from + " – " + to);
		}
	}

}

package vn.danvan.reporting.catalogue;

import java.util.List;

/**
 * A breakdown of indicators (by field, by organisation…): the rows a value is kept for.
 */
public record Breakdown(long id, String code, String name, List<Item> items) {

	public record Item(String code, String name) {
	}

}

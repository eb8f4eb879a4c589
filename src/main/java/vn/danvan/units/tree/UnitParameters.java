package vn.danvan.units.tree;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.units.UnitLevel;

/**
 * Reading the date and level parameters of the unit pages and API.
 */
public final class UnitParameters {

	private UnitParameters() {
	}

	/**
	 * The date as {@code dd/MM/yyyy} or {@code yyyy-MM-dd}, or {@code null} when blank.
	 * @throws InvalidRequestException when it is not a date
	 */
	public static LocalDate date(String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return vn.danvan.shared.time.VietnamTime.parseDate(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(name, "unit.error.date", name, value.trim());
		}
	}

	/**
	 * The level by its name ({@code PROVINCE}, {@code commune}…), or {@code null} when
	 * blank.
	 * @throws InvalidRequestException when there is no such level
	 */
	public static UnitLevel level(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UnitLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("level", "unit.error.level", value.trim());
		}
	}

}

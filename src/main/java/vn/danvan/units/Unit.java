package vn.danvan.units;

import java.time.LocalDate;

/**
 * A unit as it was on a given date.
 *
 * @param validFrom first day of this version, {@code null} when it goes back beyond the
 * records
 * @param validTo first day it no longer holds, {@code null} while it still holds
 */
public record Unit(long id, String code, String name, String fullName, UnitKind kind, UnitLevel level, Long parentId,
		LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || date.isBefore(this.validTo));
	}

}

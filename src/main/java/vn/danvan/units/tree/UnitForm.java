package vn.danvan.units.tree;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.danvan.units.UnitKind;

/**
 * The create and edit forms of a unit as posted; {@code validFrom} is the start of a new
 * unit, {@code effective} the day an edit takes effect, {@code version} the token of the
 * versions the edit form was built from.
 */
record UnitForm(String code, String name, String fullName, UnitKind kind, Long parentId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective, String version) {
}

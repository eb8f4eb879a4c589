package vn.danvan.units.rows;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;

/**
 * How the module's repositories read a version of a unit from {@code units.unit_version}
 * (aliased {@code v}): the columns to select and the row mapper. Internal to the module;
 * other modules read the published view {@code units.unit_version_view}.
 */
public final class UnitRows {

	public static final String VERSION_COLUMNS = """
			v.unit_id, v.code, v.name, v.full_name, v.kind, v.level, v.parent_id,
			lower(v.valid) as valid_from, upper(v.valid) as valid_to
			""";

	/** Vietnamese order of names, then the id. */
	public static final String ORDER = " order by v.name collate \"vi-x-icu\", v.full_name collate \"vi-x-icu\", v.unit_id";

	private UnitRows() {
	}

	public static Unit unit(ResultSet rs, int rowNum) throws SQLException {
		return new Unit(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
				UnitKind.valueOf(rs.getString("kind")), UnitLevel.valueOf(rs.getString("level")),
				rs.getObject("parent_id", Long.class), date(rs, "valid_from"), date(rs, "valid_to"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}

package vn.danvan.directives;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;

/**
 * An action as an officer declares it.
 *
 * @param scopeUnitId the unit below which the action applies; {@code null} for the
 * officer's own unit
 */
public record NewDirectiveAction(DirectiveActionKind kind, String description,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Integer everyYears, Long scopeUnitId,
		List<UnitLevel> levels, List<UnitKind> kinds) {
}

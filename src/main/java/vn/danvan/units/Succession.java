package vn.danvan.units;

import java.time.LocalDate;

/**
 * One unit became (part of) another on a date. {@code partial} means only part of it did,
 * so figures carried across the link are approximate.
 */
public record Succession(long fromUnitId, String fromName, long toUnitId, String toName, LocalDate onDate,
		SuccessionKind kind, boolean partial) {
}

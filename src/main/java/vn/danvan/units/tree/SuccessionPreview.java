package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;

import vn.danvan.units.SuccessionKind;
import vn.danvan.units.Unit;

/**
 * What recording a merge or split would do: the sources as they were the day before, the
 * existing targets, the unit that would be created ({@code id} 0) if any, and the sources
 * that would be closed.
 */
public record SuccessionPreview(SuccessionKind kind, LocalDate date, List<Unit> sources, List<Unit> targets,
		Unit newTarget, List<Unit> closing, List<RecordSuccession.Link> links) {

	/**
	 * True when the link from the source is partial (the source carries on in part).
	 */
	public boolean partial(long sourceId) {
		return this.links.stream().filter((l) -> l.fromUnit() == sourceId).anyMatch(RecordSuccession.Link::partial);
	}

}

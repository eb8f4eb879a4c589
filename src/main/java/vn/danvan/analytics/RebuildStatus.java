package vn.danvan.analytics;

import java.time.Instant;

/**
 * A full rebuild of the sums: who started it, how far it is, how it ended.
 */
public record RebuildStatus(long id, String startedBy, Instant startedAt, Instant finishedAt, String state,
		int periodsTotal, int periodsDone, String error) {

	public boolean running() {
		return "RUNNING".equals(this.state);
	}

	public int percent() {
		return (this.periodsTotal == 0) ? (running() ? 0 : 100) : (100 * this.periodsDone / this.periodsTotal);
	}

	public long millis() {
		Instant end = (this.finishedAt != null) ? this.finishedAt : Instant.now();
		return end.toEpochMilli() - this.startedAt.toEpochMilli();
	}

}

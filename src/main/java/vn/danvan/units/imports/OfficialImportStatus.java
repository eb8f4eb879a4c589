package vn.danvan.units.imports;

import java.time.Instant;

/**
 * Where an import of the official lists stands: its step and share done while it runs,
 * its report once it has finished ({@code report} is null while running, and when it
 * failed without a report).
 */
public record OfficialImportStatus(State state, ImportProgress.Step step, int percent, String startedBy,
		Instant startedAt, Instant finishedAt, ImportReport report) {

	public enum State {

		RUNNING, APPLIED, REJECTED, FAILED

	}

	static OfficialImportStatus started(String actor, Instant at) {
		return new OfficialImportStatus(State.RUNNING, ImportProgress.Step.STARTING, 0, actor, at, null, null);
	}

	OfficialImportStatus at(ImportProgress.Step reached) {
		return new OfficialImportStatus(this.state, reached, reached.percent(), this.startedBy, this.startedAt, null,
				null);
	}

	OfficialImportStatus finished(ImportReport result, Instant at) {
		return new OfficialImportStatus(result.applied() ? State.APPLIED : State.REJECTED, ImportProgress.Step.FINISHED,
				100, this.startedBy, this.startedAt, at, result);
	}

	OfficialImportStatus failed(Instant at) {
		return new OfficialImportStatus(State.FAILED, this.step, this.percent, this.startedBy, this.startedAt, at,
				null);
	}

	public boolean running() {
		return this.state == State.RUNNING;
	}

}

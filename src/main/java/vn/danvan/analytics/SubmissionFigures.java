package vn.danvan.analytics;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.danvan.reporting.SubmissionApproved;
import vn.danvan.reporting.SubmissionReopened;
import vn.danvan.reporting.SubmissionReturned;
import vn.danvan.reporting.SubmissionSubmitted;

/**
 * Turns reporting's events into deltas: a handed-in report enters "submitted", an
 * approved one enters "approved" too; returned or reopened, it leaves them again.
 */
@Component
class SubmissionFigures {

	private final Rollup rollup;

	SubmissionFigures(Rollup rollup) {
		this.rollup = rollup;
	}

	@ApplicationModuleListener
	void on(SubmissionSubmitted event) {
		this.rollup.apply(event.submissionId(), event.version(), event.periodId(), event.unitId(), event.values(),
				Delta.ADD, Delta.NONE);
	}

	@ApplicationModuleListener
	void on(SubmissionApproved event) {
		this.rollup.apply(event.submissionId(), event.version(), event.periodId(), event.unitId(), event.values(),
				Delta.NONE, Delta.ADD);
	}

	@ApplicationModuleListener
	void on(SubmissionReturned event) {
		this.rollup.apply(event.submissionId(), event.version(), event.periodId(), event.unitId(), event.values(),
				Delta.REMOVE, Delta.NONE);
	}

	@ApplicationModuleListener
	void on(SubmissionReopened event) {
		this.rollup.apply(event.submissionId(), event.version(), event.periodId(), event.unitId(), event.values(),
				Delta.REMOVE, Delta.REMOVE);
	}

}

package vn.danvan.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "data directory in use" into a short start-up failure report instead of a long
 * stack trace.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Dừng tiến trình Danvan đang chạy, hoặc chạy bản thứ hai với DANVAN_DATA_DIR khác (và PORT khác). / "
						+ "Stop the running Danvan, or start this one with another DANVAN_DATA_DIR (and PORT).",
				cause);
	}

}

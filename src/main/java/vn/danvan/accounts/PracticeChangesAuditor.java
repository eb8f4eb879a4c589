package vn.danvan.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.danvan.practices.PracticeChanged;
import vn.danvan.practices.PracticeEvaluated;
import vn.danvan.practices.PracticeRecognised;
import vn.danvan.practices.PracticeRegistered;
import vn.danvan.practices.PracticeStatusChanged;

/**
 * Writes the registry of "Dân vận khéo" models to the audit log, synchronously inside the
 * transaction of the change (as {@link UnitChangesAuditor} does for the tree).
 */
@Component
class PracticeChangesAuditor {

	static final String TARGET = "practice";

	private final AuditLog auditLog;

	PracticeChangesAuditor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void on(PracticeRegistered event) {
		this.auditLog.record(event.actor(), "PRACTICE_REGISTERED", TARGET, id(event.practiceId().value()),
				event.ownerUnitId(), null, Map.of("after", event.after()));
	}

	@EventListener
	void on(PracticeChanged event) {
		this.auditLog.record(event.actor(), "PRACTICE_CHANGED", TARGET, id(event.practiceId().value()),
				event.ownerUnitId(), null, Map.of("before", event.before(), "after", event.after()));
	}

	@EventListener
	void on(PracticeEvaluated event) {
		this.auditLog.record(event.actor(), "PRACTICE_EVALUATED", TARGET, id(event.practiceId().value()),
				event.ownerUnitId(), null, Map.of("year", event.year(), "grade", event.grade(), "effective",
						event.effective(), "evaluatorUnit", event.evaluatorUnitId()));
	}

	@EventListener
	void on(PracticeRecognised event) {
		this.auditLog.record(event.actor(), "PRACTICE_RECOGNISED", TARGET, id(event.practiceId().value()),
				event.ownerUnitId(), null,
				Map.of("level", event.level().name(), "on", event.on().toString(), "exemplary", event.exemplary(),
						"proposedForAward", event.proposedForAward(), "recognisingUnit", event.recognisingUnitId()));
	}

	@EventListener
	void on(PracticeStatusChanged event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", event.from().name());
		details.put("to", event.to().name());
		details.put("on", event.on().toString());
		if (!event.note().isEmpty()) {
			details.put("note", event.note());
		}
		this.auditLog.record(event.actor(), "PRACTICE_" + event.to().name(), TARGET, id(event.practiceId().value()),
				event.ownerUnitId(), null, details);
	}

	private static String id(long value) {
		return Long.toString(value);
	}

}

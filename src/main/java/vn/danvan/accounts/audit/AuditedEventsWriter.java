package vn.danvan.accounts.audit;

import vn.danvan.accounts.AuditLog;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * The one listener that writes the other modules' audited events to the audit log (ADR
 * 23). It listens synchronously, inside the transaction of the change, so that a change
 * and its audit line are committed together or not at all; the address is the current
 * request's, when there is one.
 */
@Component
class AuditedEventsWriter {

	private final AuditLog auditLog;

	AuditedEventsWriter(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void on(Audited event) {
		AuditEntry entry = event.audit();
		this.auditLog.record(entry.actor(), entry.action(), entry.targetType(), entry.targetId(), entry.unitId(),
				(entry.remoteAddress() != null) ? entry.remoteAddress() : remoteAddress(), entry.details());
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}

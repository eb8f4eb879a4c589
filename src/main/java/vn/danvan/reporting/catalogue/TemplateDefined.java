package vn.danvan.reporting.catalogue;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A template version was defined (audited as {@code TEMPLATE_DEFINED}).
 */
public record TemplateDefined(String actor, long templateId, String code, int version) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "TEMPLATE_DEFINED", "template", templateId, null,
				Map.of("code", code, "version", version));
	}

}

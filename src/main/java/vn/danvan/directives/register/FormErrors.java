package vn.danvan.directives.register;

import java.util.Set;

import org.springframework.validation.BindingResult;

import vn.danvan.shared.errors.DanvanException;

/**
 * Puts a refused change (a rejection, or a conflict with a stale version) beside the form
 * field it concerns, or above the form when the field is not on it.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, DanvanException ex, Set<String> fields) {
		Object field = ex.properties().get("field");
		if (field instanceof String name && fields.contains(name)) {
			errors.rejectValue(name, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}

package vn.danvan.units.tree;

import java.util.Set;

import org.springframework.validation.BindingResult;

import vn.danvan.shared.errors.RejectedException;

/**
 * Puts a refused change beside the form field it concerns, or above the form when the
 * field is not on it.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult errors, RejectedException ex, Set<String> fields) {
		if (fields.contains(ex.field())) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}

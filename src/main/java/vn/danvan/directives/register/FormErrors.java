package vn.danvan.directives.register;

import java.util.Set;

import org.springframework.validation.BindingResult;

import vn.danvan.directives.DirectiveRejectedException;

/**
 * Puts a refused change beside the form field it concerns, or above the form when the
 * field is not on it.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, DirectiveRejectedException ex, Set<String> fields) {
		if (ex.field() != null && fields.contains(ex.field())) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}

package vn.danvan.reporting.catalogue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.springframework.validation.BindingResult;

import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.shared.errors.DanvanException;

/**
 * Puts a refusal of the catalogue beside the form field it concerns, or above the form.
 */
final class CatalogueFormErrors {

	private CatalogueFormErrors() {
	}

	static void reject(BindingResult errors, DanvanException ex, Map<String, String> fieldsByKey) {
		String field = fieldsByKey.get(ex.messageKey());
		if (field != null) {
			errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	/**
	 * A number as typed in a form, {@code null} when blank; a text that is no number is
	 * rejected beside its field.
	 */
	static BigDecimal number(BindingResult errors, String field, String text) {
		try {
			return VietnameseNumbers.parse(text);
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "reporting.catalogue.error.number", new Object[] { text.strip() }, null);
			return null;
		}
	}

	static boolean argumentIs(DanvanException ex, String value) {
		return value != null && !value.isBlank()
				&& Arrays.stream(ex.arguments()).anyMatch((a) -> value.strip().equalsIgnoreCase(String.valueOf(a)));
	}

}

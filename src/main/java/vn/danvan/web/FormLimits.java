package vn.danvan.web;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.danvan.shared.text.TextLimits;

/**
 * The limits of {@link TextLimits} offered to every page, so that each text field says
 * its limit with {@code maxlength} before the server refuses a longer text:
 * {@code th:maxlength="${limits.name}"}, and in the shared input fragment by field name
 * ({@code ${fieldLimits.get(field)}}, none for a date or a number).
 */
@ControllerAdvice
class FormLimits {

	/** The kinds of text of {@link TextLimits}, and the fields of a user account. */
	static final Map<String, Integer> LIMITS = Map.ofEntries(Map.entry("code", TextLimits.CODE),
			Map.entry("name", TextLimits.NAME), Map.entry("title", TextLimits.TITLE),
			Map.entry("note", TextLimits.NOTE), Map.entry("summary", TextLimits.SUMMARY),
			Map.entry("narrative", TextLimits.NARRATIVE), Map.entry("longest", TextLimits.LONGEST_PARAMETER),
			// accounts: a user name (64), a display name (200), an e-mail address (254),
			// a
			// password (BCrypt reads 72 bytes; the server refuses longer ones with a
			// message)
			Map.entry("username", TextLimits.CODE), Map.entry("displayName", 200), Map.entry("email", 254),
			Map.entry("password", 72));

	/** The fields the shared input fragment ({@code fragments/forms :: input}) shows. */
	static final Map<String, Integer> FIELDS = Map.ofEntries(Map.entry("code", TextLimits.CODE),
			Map.entry("symbol", TextLimits.CODE), Map.entry("documentNumber", TextLimits.CODE),
			Map.entry("unitOfMeasure", TextLimits.CODE), Map.entry("minValue", TextLimits.CODE),
			Map.entry("maxValue", TextLimits.CODE), Map.entry("threshold", TextLimits.CODE),
			Map.entry("name", TextLimits.NAME), Map.entry("fullName", TextLimits.NAME),
			Map.entry("issuer", TextLimits.TITLE), Map.entry("description", TextLimits.NOTE),
			Map.entry("message", TextLimits.NOTE), Map.entry("fields", TextLimits.NOTE),
			Map.entry("note", TextLimits.NOTE));

	@ModelAttribute("limits")
	Map<String, Integer> limits() {
		return LIMITS;
	}

	@ModelAttribute("fieldLimits")
	Map<String, Integer> fieldLimits() {
		return FIELDS;
	}

}

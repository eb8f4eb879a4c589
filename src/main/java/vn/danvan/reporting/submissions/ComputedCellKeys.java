package vn.danvan.reporting.submissions;

import java.util.Set;

import vn.danvan.reporting.TemplateStructure;

/**
 * The cells of a template that the system fills (computed figures): a save by hand cannot
 * write them. Implemented by the {@code computed} feature, so that the one save refuses
 * them whatever the way in (API, Excel, form).
 */
public interface ComputedCellKeys {

	/**
	 * The keys ({@code CODE} or {@code CODE.ITEM}) of the template's computed cells.
	 */
	Set<String> keys(TemplateStructure structure);

}

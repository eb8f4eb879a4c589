package vn.danvan.documents;

/**
 * Writes {@link PartyList}s as DOCX in the current format profile, under the issuing body
 * the profile gives the unit on the list's date.
 */
public interface PartyLists {

	/**
	 * The list as a DOCX file.
	 * @throws vn.danvan.shared.errors.RejectedException when the unit does not exist on
	 * the date or the format profile gives it no issuing body
	 */
	byte[] docx(PartyList list);

}

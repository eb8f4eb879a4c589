package vn.danvan.directives.recognition;

import java.util.List;

/**
 * A reference found in a text and looked up in the register.
 *
 * @param candidates the one directive when resolved, every directive that fits when
 * ambiguous, none when unknown
 */
public record DirectiveReference(FoundReference found, Resolution resolution, List<CatalogueEntry> candidates) {

	/**
	 * The directive referred to, when resolved.
	 */
	public CatalogueEntry directive() {
		return (this.resolution == Resolution.RESOLVED) ? this.candidates.get(0) : null;
	}

}

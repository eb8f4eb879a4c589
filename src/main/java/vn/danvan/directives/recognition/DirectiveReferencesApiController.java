package vn.danvan.directives.recognition;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.directives.DirectiveType;
import vn.danvan.directives.Directives;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.directives.DirectiveMentions;
import vn.danvan.directives.register.DirectivesApi;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.units.UnitScope;

/**
 * {@code POST /api/v1/directive-references}: the directive references in a text, with
 * their positions and what they resolve to among the directives the caller may see, for a
 * text of the caller's unit (or of the {@code unitId} sent, within the caller's scope).
 */
@RestController
class DirectiveReferencesApiController implements DirectivesApi {

	static final int MAX_TEXT = 1_000_000;

	private final Directives directives;

	private final DirectiveMentions mentions;

	private final UnitScope scope;

	DirectiveReferencesApiController(Directives directives, DirectiveMentions mentions, UnitScope scope) {
		this.directives = directives;
		this.mentions = mentions;
		this.scope = scope;
	}

	@PostMapping("/api/v1/directive-references")
	References recognise(@AuthenticationPrincipal ScopedUser user, @RequestBody TextToRead body) {
		if (body == null || body.text() == null) {
			throw new InvalidRequestException("text", "directives.error.textRequired");
		}
		if (body.text().length() > MAX_TEXT) {
			throw new InvalidRequestException("text", "directives.error.textTooLong", MAX_TEXT);
		}
		Long unitId = (body.unitId() != null) ? body.unitId() : user.scopeUnitId();
		if (body.unitId() != null && !this.scope.canSeeHistorical(user, body.unitId())) {
			throw new NotFoundException("directives.error.unitNotFound", body.unitId());
		}
		LocalDate date = (body.date() != null) ? body.date() : UnitScope.today();
		List<DirectiveReference> found = this.mentions.recognise(this.directives.visible(user), unitId, date,
				body.text());
		return new References(unitId, date, found.stream().map(Reference::of).toList());
	}

	/**
	 * @param unitId the unit the text belongs to (default: the caller's unit; none for a
	 * user of the whole system): local documents resolve within it and the units above it
	 * @param date the text's date, for the tree as it was (default: today)
	 */
	record TextToRead(String text, Long unitId, LocalDate date) {
	}

	record References(Long unitId, LocalDate date, List<Reference> references) {
	}

	/**
	 * A reference: where it is ({@code start} inclusive, {@code end} exclusive, in UTF-16
	 * code units of the text sent), what it says, and what it resolves to.
	 */
	record Reference(int start, int end, String text, List<DirectiveType> types, String number, String symbol,
			LocalDate date, Integer year, IssuerKind issuer, String issuerText, String term, String name,
			Resolution resolution, CatalogueEntry directive, List<CatalogueEntry> candidates) {

		static Reference of(DirectiveReference reference) {
			FoundReference f = reference.found();
			return new Reference(f.start(), f.end(), f.text(), f.types(), f.number(), f.symbol(), f.date(), f.year(),
					f.issuer(), f.issuerText(), f.term(), f.name(), reference.resolution(), reference.directive(),
					reference.candidates());
		}

	}

}

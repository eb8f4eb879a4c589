package vn.danvan.documents.docx;

import org.springframework.stereotype.Component;

import vn.danvan.documents.PartyList;
import vn.danvan.documents.PartyLists;
import vn.danvan.documents.profiles.BodyTexts;
import vn.danvan.documents.profiles.FormatProfile;
import vn.danvan.documents.profiles.FormatProfiles;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Unit;
import vn.danvan.units.Units;

/**
 * {@link PartyLists} in the current format profile: the unit as of the list's date, the
 * profile's issuing body for it (refused when there is none, as for a review report).
 */
@Component
class PartyListsWriter implements PartyLists {

	private final FormatProfiles profiles;

	private final Units units;

	PartyListsWriter(FormatProfiles profiles, Units units) {
		this.profiles = profiles;
		this.units = units;
	}

	@Override
	public byte[] docx(PartyList list) {
		Unit unit = this.units.find(list.unitId(), list.date())
			.orElseThrow(() -> new RejectedException(null, "documents.error.unitNotOnDate",
					VietnamTime.DATE.format(list.date())));
		FormatProfile profile = this.profiles.current();
		FormatProfile.Body body = profile.bodyOf(unit, list.date());
		if (body == null) {
			throw new RejectedException(null, "documents.error.noIssuingBody", unit.name(),
					VietnamTime.DATE.format(list.date()));
		}
		Unit parent = (unit.parentId() != null) ? this.units.find(unit.parentId(), list.date()).orElse(null) : null;
		return ListWriter.write(profile, list, BodyTexts.fill(body.superior(), unit, parent),
				BodyTexts.fill(body.issuing(), unit, parent));
	}

}

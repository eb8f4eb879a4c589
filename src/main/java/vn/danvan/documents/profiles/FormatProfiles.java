package vn.danvan.documents.profiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * The format profiles of Party documents, read by every generated document and changed by
 * administrators without a release: impossible values are refused, an unknown font is
 * kept with a warning (files use Times New Roman instead).
 */
@Service
public class FormatProfiles {

	public static final String DEFAULT_CODE = "HD36-2018";

	private final ProfileRepository profiles;

	private final ApplicationEventPublisher events;

	private final UnitScope scope;

	FormatProfiles(ProfileRepository profiles, ApplicationEventPublisher events, UnitScope scope) {
		this.profiles = profiles;
		this.events = events;
		this.scope = scope;
	}

	/**
	 * The format profile is a national setting: only an administrator of the whole system
	 * or of the centre changes it.
	 */
	public boolean mayChange(ScopedUser user) {
		return this.scope.nationalAdministrator(user);
	}

	/**
	 * The label keys a profile has, in the order an administrator edits them.
	 */
	public static List<String> labelKeys() {
		return List.copyOf(FormatDefaults.LABELS.keySet());
	}

	/**
	 * The default profile ("HD36-2018" unless another was made the default).
	 */
	@Transactional(readOnly = true)
	public FormatProfile current() {
		return this.profiles.find(null)
			.orElseThrow(() -> new NotFoundException("documents.error.profileNotFound", DEFAULT_CODE));
	}

	@Transactional(readOnly = true)
	public FormatProfile get(String code) {
		return this.profiles.find(code)
			.orElseThrow(() -> new NotFoundException("documents.error.profileNotFound", code));
	}

	@Transactional(readOnly = true)
	public List<String> codes() {
		return this.profiles.codes();
	}

	/**
	 * Changes a profile if it is still at the version the administrator started from.
	 * @return warnings (message keys with arguments), e.g. an unknown font
	 * @throws ProfileRejectedException for impossible values; nothing is saved
	 * @throws DanvanException 409 when someone changed the profile in between, 403 for a
	 * user who does not administer
	 */
	@Transactional
	public List<ProfileRejectedException.Issue> change(ScopedUser user, String code, ProfileChange change) {
		if (!mayChange(user)) {
			throw new ForbiddenException("documents.error.notAdministrator");
		}
		FormatProfile profile = get(code);
		ProfileChange clean = cleaned(change);
		List<ProfileRejectedException.Issue> errors = new ArrayList<>();
		List<ProfileRejectedException.Issue> warnings = new ArrayList<>();
		if (clean.name() == null || clean.name().isEmpty()) {
			errors.add(new ProfileRejectedException.Issue("name", "documents.profile.error.nameRequired"));
		}
		if (clean.fontName() == null || clean.fontName().isEmpty()) {
			errors.add(new ProfileRejectedException.Issue("fontName", "documents.profile.error.fontRequired"));
		}
		else if (!FormatDefaults.knownFont(clean.fontName())) {
			warnings.add(new ProfileRejectedException.Issue("fontName", "documents.profile.warning.unknownFont",
					clean.fontName(), FormatDefaults.FALLBACK_FONT));
		}
		size(errors, "bodySize", clean.bodySize());
		size(errors, "headerSize", clean.headerSize());
		size(errors, "partySize", clean.partySize());
		size(errors, "titleSize", clean.titleSize());
		margin(errors, "marginTop", clean.marginTop());
		margin(errors, "marginBottom", clean.marginBottom());
		margin(errors, "marginLeft", clean.marginLeft());
		margin(errors, "marginRight", clean.marginRight());
		if (clean.marginLeft() != null && clean.marginRight() != null
				&& clean.marginLeft().add(clean.marginRight()).compareTo(new BigDecimal("150")) > 0) {
			errors.add(new ProfileRejectedException.Issue("marginLeft", "documents.profile.error.marginsTooWide"));
		}
		if (clean.indentCm() == null || clean.indentCm().signum() < 0
				|| clean.indentCm().compareTo(new BigDecimal("5")) > 0) {
			errors.add(new ProfileRejectedException.Issue("indentCm", "documents.profile.error.indent"));
		}
		for (String key : labelKeys()) {
			String text = clean.labels().get(key);
			if (text == null || text.isEmpty()) {
				errors.add(new ProfileRejectedException.Issue("label." + key, "documents.profile.error.labelRequired",
						key));
			}
		}
		if (clean.bodies().isEmpty()) {
			errors.add(new ProfileRejectedException.Issue("bodies", "documents.profile.error.bodiesRequired"));
		}
		for (int i = 0; i < clean.bodies().size(); i++) {
			FormatProfile.Body body = clean.bodies().get(i);
			int row = i + 1;
			if (body.level() == null || java.util.Arrays.stream(UnitLevel.values())
				.noneMatch((level) -> level.name().equals(body.level()))) {
				errors.add(new ProfileRejectedException.Issue("bodies", "documents.profile.error.bodyLevel", row));
			}
			if (body.symbol() == null || body.symbol().isEmpty() || body.symbol().contains(" ")
					|| body.symbol().contains("/")) {
				errors.add(new ProfileRejectedException.Issue("bodies", "documents.profile.error.bodySymbol", row));
			}
			if (body.issuing() == null || body.issuing().isEmpty() || body.superior() == null
					|| body.superior().isEmpty() || body.place() == null || body.place().isEmpty()) {
				errors.add(new ProfileRejectedException.Issue("bodies", "documents.profile.error.bodyTexts", row));
			}
			if (body.signing() == null) {
				errors.add(new ProfileRejectedException.Issue("bodies", "documents.profile.error.bodySigning", row));
			}
			if (body.validFrom() != null && body.validTo() != null && !body.validFrom().isBefore(body.validTo())) {
				errors.add(new ProfileRejectedException.Issue("bodies", "documents.profile.error.bodyDates", row));
			}
		}
		if (!errors.isEmpty()) {
			throw new ProfileRejectedException(errors);
		}
		if (!this.profiles.update(profile.id(), clean, user.getUsername())) {
			throw new ConflictException("documents.error.profileChanged");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("profile", profile.code());
		details.put("version", profile.version() + 1);
		details.put("font", clean.fontName());
		details.put("margins",
				List.of(clean.marginTop(), clean.marginBottom(), clean.marginLeft(), clean.marginRight()));
		details.put("bodies", clean.bodies().size());
		this.events
			.publishEvent(new FormatProfileChanged(user.getUsername(), profile.id(), user.scopeUnitId(), details));
		return warnings;
	}

	private static ProfileChange cleaned(ProfileChange change) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (change.labels() != null) {
			change.labels().forEach((key, text) -> labels.put(key, VietnameseText.clean(text)));
		}
		List<FormatProfile.Body> bodies = new ArrayList<>();
		if (change.bodies() != null) {
			for (FormatProfile.Body body : change.bodies()) {
				bodies.add(new FormatProfile.Body(body.id(), trim(body.level()),
						(body.kinds() != null) ? body.kinds().replace(" ", "").toUpperCase(Locale.ROOT) : "",
						body.validFrom(), body.validTo(), VietnameseText.clean(body.superior()),
						VietnameseText.clean(body.issuing()), VietnameseText.clean(body.symbol()), body.signing(),
						VietnameseText.clean(body.place())));
			}
		}
		return new ProfileChange(change.expectedVersion(), VietnameseText.clean(change.name()),
				VietnameseText.clean(change.fontName()), change.bodySize(), change.headerSize(), change.partySize(),
				change.titleSize(), change.marginTop(), change.marginBottom(), change.marginLeft(),
				change.marginRight(), change.indentCm(), labels, bodies);
	}

	private static String trim(String text) {
		return (text != null) ? text.trim().toUpperCase(Locale.ROOT) : null;
	}

	private static void size(List<ProfileRejectedException.Issue> errors, String field, BigDecimal size) {
		if (size == null || size.compareTo(new BigDecimal("6")) < 0 || size.compareTo(new BigDecimal("40")) > 0) {
			errors.add(new ProfileRejectedException.Issue(field, "documents.profile.error.size", 6, 40));
		}
	}

	private static void margin(List<ProfileRejectedException.Issue> errors, String field, BigDecimal margin) {
		if (margin == null || margin.signum() < 0) {
			errors.add(new ProfileRejectedException.Issue(field, "documents.profile.error.marginNegative"));
		}
		else if (margin.compareTo(new BigDecimal("80")) > 0) {
			errors.add(new ProfileRejectedException.Issue(field, "documents.profile.error.marginTooLarge", 80));
		}
	}

}

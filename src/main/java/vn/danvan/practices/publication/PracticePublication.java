package vn.danvan.practices.publication;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeId;
import vn.danvan.practices.Practices;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.UnitScope;

/**
 * "Công bố": a commission officer or administrator of the owner unit or a unit above
 * marks a recognised practice for the public portal, or withdraws the mark. Only a
 * recognised practice (at commune, province or central level) can be marked; the portal
 * will show what is marked, nothing else. Audited by its event.
 */
@Service
public class PracticePublication {

	static final Set<Role> PUBLISHERS = Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER);

	static final int MAX_NOTE = 2_000;

	private final Practices practices;

	private final UnitScope scope;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	PracticePublication(Practices practices, UnitScope scope, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.practices = practices;
		this.scope = scope;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Publication> find(ScopedUser user, long practiceId) {
		practice(user, practiceId);
		return this.jdbc.sql("""
				select practice_id, published_on, published_by, note from practices.publication where practice_id = ?
				""")
			.param(practiceId)
			.query((rs, n) -> new Publication(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getString(4)))
			.optional();
	}

	/**
	 * Whether the user may mark or unmark the practice (the button is shown).
	 */
	public boolean mayPublish(ScopedUser user, Practice practice) {
		return PUBLISHERS.stream().anyMatch(user::hasRole) && this.scope.ownsOrAbove(user, practice.ownerUnitId());
	}

	@Transactional
	public Publication publish(ScopedUser user, long practiceId, String note) {
		Practice practice = publishable(user, practiceId);
		if (practice.level() == null) {
			throw new RejectedException(null, "practices.publication.error.notRecognised");
		}
		String text = Optional.ofNullable(VietnameseText.clean(note)).orElse("");
		if (text.length() > MAX_NOTE) {
			throw new RejectedException("note", "practices.publication.error.noteTooLong", MAX_NOTE);
		}
		int added = this.jdbc.sql("""
				insert into practices.publication (practice_id, published_on, published_by, note)
				values (?, ?, ?, ?) on conflict (practice_id) do nothing
				""").params(practiceId, UnitScope.today(), user.getUsername(), text).update();
		if (added == 1) {
			this.events
				.publishEvent(new PracticePublished(practiceId, practice.ownerUnitId(), text, user.getUsername()));
		}
		return find(user, practiceId).orElseThrow();
	}

	@Transactional
	public void withdraw(ScopedUser user, long practiceId) {
		Practice practice = publishable(user, practiceId);
		int removed = this.jdbc.sql("delete from practices.publication where practice_id = ?")
			.param(practiceId)
			.update();
		if (removed == 1) {
			this.events.publishEvent(new PracticeUnpublished(practiceId, practice.ownerUnitId(), user.getUsername()));
		}
	}

	private Practice publishable(ScopedUser user, long practiceId) {
		Practice practice = practice(user, practiceId);
		if (!mayPublish(user, practice)) {
			throw new ForbiddenException("practices.publication.error.notOfficer");
		}
		return practice;
	}

	private Practice practice(ScopedUser user, long practiceId) {
		return this.practices.find(user, new PracticeId(practiceId))
			.orElseThrow(() -> new NotFoundException("practices.error.notFound"));
	}

}

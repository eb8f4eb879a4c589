package vn.danvan.accounts.audit;

import vn.danvan.accounts.Accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The people behind user names, for pages: {@code ${@people.name('tinh.quangngai')}} is
 * "Trần Thị Thu Hà". A name not known as a user (the system's own actors, such as
 * {@code demo-data}) is shown as it is. Names are kept for a minute, so a history of a
 * hundred lines asks the database once per person.
 */
@Component("people")
public class People {

	private static final Duration KEPT = Duration.ofMinutes(1);

	private final Accounts accounts;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	People(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The person's name, or the user name itself when it is not a user's. */
	public String name(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		Instant now = Instant.now();
		Known entry = this.known.get(username);
		if (entry == null || entry.loadedAt().plus(KEPT).isBefore(now)) {
			String name = this.accounts.displayNames(java.util.List.of(username))
				.get(Accounts.normalizeUsername(username));
			entry = new Known((name != null) ? name : username, now);
			if (this.known.size() > 10_000) {
				this.known.clear();
			}
			this.known.put(username, entry);
		}
		return entry.name();
	}

	private record Known(String name, Instant loadedAt) {
	}

}

package vn.danvan.accounts.signin;

import vn.danvan.accounts.AccountsProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits guessing, by user name and by address (ADR 21), kept in the database so that
 * every app node sees the same counts:
 * <ul>
 * <li>after {@code maxFailedSignIns} failures within {@code failureWindow} a user name is
 * locked for {@code lockDuration}, for every address that has not proved its password
 * within {@code knownAddressFor};</li>
 * <li>from an address that has proved it, only that address's own failures count: after
 * {@code maxFailedSignIns} of them the user name is locked from that address alone. So
 * nobody can lock the administrator out from elsewhere;</li>
 * <li>an address with {@code maxFailedSignInsPerAddress} failures within the window, over
 * any user names, is locked for every user name it has not proved the password of.</li>
 * </ul>
 * The current-password check of a password change counts the same way.
 */
@Component
public class SignInLimiter {

	/**
	 * How often a known address's proof is refreshed at most (one write, not one per
	 * call).
	 */
	private static final Duration REFRESH_PROOF = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final AccountsProperties properties;

	private final Clock clock;

	@Autowired
	SignInLimiter(JdbcClient jdbc, AccountsProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	SignInLimiter(JdbcClient jdbc, AccountsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The end of the lock that holds this user name from this address, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, String remoteIp) {
		String address = address(remoteIp);
		OffsetDateTime now = now();
		if (known(username, address, now)) {
			return lock(username, address, now);
		}
		Optional<Instant> user = lock(username, "", now);
		Optional<Instant> byAddress = this.jdbc.sql("""
				select locked_until from accounts.sign_in_address_lock
				 where remote_ip = :ip and locked_until > :now
				""")
			.param("ip", address)
			.param("now", now)
			.query((rs, rowNum) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
		if (user.isPresent() && byAddress.isPresent()) {
			return Optional.of(user.get().isAfter(byAddress.get()) ? user.get() : byAddress.get());
		}
		return user.isPresent() ? user : byAddress;
	}

	/**
	 * Counts a failed sign-in; returns the end of the lock when this failure locked the
	 * user name for this address.
	 */
	@Transactional
	public Optional<Instant> recordFailure(String username, String remoteIp) {
		String address = address(remoteIp);
		OffsetDateTime now = now();
		OffsetDateTime since = now.minus(this.properties.failureWindow());
		OffsetDateTime until = now.plus(this.properties.lockDuration());
		this.jdbc.sql("insert into accounts.sign_in_failure (username, occurred_at, remote_ip) values (:u, :now, :ip)")
			.param("u", username)
			.param("now", now)
			.param("ip", address)
			.update();
		if (known(username, address, now)) {
			int failures = this.jdbc.sql("""
					select count(*) from accounts.sign_in_failure
					 where username = :u and remote_ip = :ip and occurred_at > :since
					""").param("u", username).param("ip", address).param("since", since).query(Integer.class).single();
			if (failures < this.properties.maxFailedSignIns()) {
				return Optional.empty();
			}
			lockUser(username, address, until);
			return Optional.of(until.toInstant());
		}
		boolean locked = false;
		int failures = this.jdbc.sql("""
				select count(*) from accounts.sign_in_failure
				 where username = :u and occurred_at > :since
				""").param("u", username).param("since", since).query(Integer.class).single();
		if (failures >= this.properties.maxFailedSignIns()) {
			lockUser(username, "", until);
			locked = true;
		}
		if (!address.isEmpty()) {
			int fromAddress = this.jdbc.sql("""
					select count(*) from accounts.sign_in_failure
					 where remote_ip = :ip and occurred_at > :since
					""").param("ip", address).param("since", since).query(Integer.class).single();
			if (fromAddress >= this.properties.maxFailedSignInsPerAddress()) {
				this.jdbc.sql("""
						insert into accounts.sign_in_address_lock (remote_ip, locked_until) values (:ip, :until)
						on conflict (remote_ip) do update set locked_until = excluded.locked_until
						""").param("ip", address).param("until", until).update();
				locked = true;
			}
		}
		return locked ? Optional.of(until.toInstant()) : Optional.empty();
	}

	/**
	 * The password was proved from this address: its own failures and lock are forgotten
	 * and the address is known for the user name from now on.
	 */
	@Transactional
	void recordSuccess(String username, String remoteIp) {
		String address = address(remoteIp);
		OffsetDateTime now = now();
		this.jdbc.sql("delete from accounts.sign_in_failure where username = :u and remote_ip = :ip")
			.param("u", username)
			.param("ip", address)
			.update();
		this.jdbc.sql("delete from accounts.sign_in_lock where username = :u and remote_ip = :ip")
			.param("u", username)
			.param("ip", address)
			.update();
		if (address.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into accounts.sign_in_known_address (username, remote_ip, proved_at) values (:u, :ip, :now)
				on conflict (username, remote_ip) do update set proved_at = excluded.proved_at
				 where accounts.sign_in_known_address.proved_at < :refresh
				""")
			.param("u", username)
			.param("ip", address)
			.param("now", now)
			.param("refresh", now.minus(REFRESH_PROOF))
			.update();
	}

	private boolean known(String username, String address, OffsetDateTime now) {
		if (address.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("""
				select count(*) from accounts.sign_in_known_address
				 where username = :u and remote_ip = :ip and proved_at > :since
				""")
			.param("u", username)
			.param("ip", address)
			.param("since", now.minus(this.properties.knownAddressFor()))
			.query(Integer.class)
			.single() > 0;
	}

	private Optional<Instant> lock(String username, String address, OffsetDateTime now) {
		return this.jdbc.sql("""
				select locked_until from accounts.sign_in_lock
				 where username = :username and remote_ip = :ip and locked_until > :now
				""")
			.param("username", username)
			.param("ip", address)
			.param("now", now)
			.query((rs, rowNum) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	private void lockUser(String username, String address, OffsetDateTime until) {
		this.jdbc.sql("""
				insert into accounts.sign_in_lock (username, remote_ip, locked_until) values (:u, :ip, :until)
				on conflict (username, remote_ip) do update set locked_until = excluded.locked_until
				""").param("u", username).param("ip", address).param("until", until).update();
	}

	private static String address(String remoteIp) {
		return (remoteIp != null) ? remoteIp : "";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}

package vn.danvan.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits guessing: after {@code maxFailedSignIns} failures within {@code failureWindow} a
 * user name is locked for {@code lockDuration}. Kept in the database so that every app
 * node sees the same count.
 */
@Component
class SignInLimiter {

	private final JdbcClient jdbc;

	private final AccountsProperties properties;

	private final Clock clock;

	SignInLimiter(JdbcClient jdbc, AccountsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String username) {
		return this.jdbc.sql("""
				select locked_until from accounts.sign_in_lock
				 where username = :username and locked_until > :now
				""")
			.param("username", username)
			.param("now", now())
			.query((rs, rowNum) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	/**
	 * Counts a failed sign-in; returns the end of the lock when this failure locked the
	 * user name.
	 */
	@Transactional
	Optional<Instant> recordFailure(String username, String remoteIp) {
		OffsetDateTime now = now();
		this.jdbc.sql("insert into accounts.sign_in_failure (username, occurred_at, remote_ip) values (:u, :now, :ip)")
			.param("u", username)
			.param("now", now)
			.param("ip", remoteIp)
			.update();
		int failures = this.jdbc.sql("""
				select count(*) from accounts.sign_in_failure
				 where username = :u and occurred_at > :since
				""")
			.param("u", username)
			.param("since", now.minus(this.properties.failureWindow()))
			.query(Integer.class)
			.single();
		if (failures < this.properties.maxFailedSignIns()) {
			return Optional.empty();
		}
		OffsetDateTime until = now.plus(this.properties.lockDuration());
		this.jdbc.sql("""
				insert into accounts.sign_in_lock (username, locked_until) values (:u, :until)
				on conflict (username) do update set locked_until = excluded.locked_until
				""").param("u", username).param("until", until).update();
		this.jdbc.sql("delete from accounts.sign_in_failure where username = :u").param("u", username).update();
		return Optional.of(until.toInstant());
	}

	@Transactional
	void recordSuccess(String username) {
		this.jdbc.sql("delete from accounts.sign_in_failure where username = :u").param("u", username).update();
		this.jdbc.sql("delete from accounts.sign_in_lock where username = :u").param("u", username).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}

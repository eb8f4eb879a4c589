package vn.danvan.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts module, bound to {@code danvan.accounts.*}.
 *
 * @param adminPassword the password of the {@code admin} user created on first start;
 * when empty a random one is generated, logged once and written to
 * {@code <data-dir>/initial-admin-password}
 * @param minPasswordLength the shortest password accepted
 * @param maxFailedSignIns failed sign-ins within {@code failureWindow} that lock the user
 * name
 * @param failureWindow how far back failed sign-ins are counted
 * @param lockDuration how long a user name stays locked
 * @param maxFailedSignInsPerAddress failed sign-ins from one address within
 * {@code failureWindow}, over any user names, that lock the address (ADR 21)
 * @param knownAddressFor how long an address that proved a user's password is exempt from
 * that user name's lock (ADR 21)
 */
@ConfigurationProperties("danvan.accounts")
public record AccountsProperties(String adminPassword, @DefaultValue("10") int minPasswordLength,
		@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("20") int maxFailedSignInsPerAddress,
		@DefaultValue("90d") Duration knownAddressFor) {
}

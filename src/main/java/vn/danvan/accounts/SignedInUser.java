package vn.danvan.accounts;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;

/**
 * The principal of a signed-in user; kept in the session, so it holds only what
 * identifies the user and their scope.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, ScopedUser {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * The authority of an administrator bound to no unit (the whole system).
	 */
	public static final String SYSTEM_ADMINISTRATOR = "ROLE_SYSTEM_ADMINISTRATOR";

	private final long id;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private final Long unitId;

	private final boolean mustChangePassword;

	private String passwordHash;

	public SignedInUser(UserAccount account, String passwordHash) {
		this(account, passwordHash, false);
	}

	/**
	 * @param mustChangePassword the user signed in with a password an administrator gave
	 * (initial or reset) and must change it before doing anything else
	 */
	public SignedInUser(UserAccount account, String passwordHash, boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
		this.id = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.roles = Set.copyOf(account.roles());
		this.enabled = account.enabled();
		this.unitId = account.unitId();
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	/**
	 * True when the user signed in with a password an administrator gave (initial or
	 * reset) and has not changed it yet in this session.
	 */
	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public Long unitId() {
		return this.unitId;
	}

	@Override
	public Long scopeUnitId() {
		return this.unitId;
	}

	@Override
	public boolean administrator() {
		return this.roles.contains(Role.ADMINISTRATOR);
	}

	@Override
	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>(this.roles.stream().map(Role::authority).toList());
		if (administrator() && this.unitId == null) {
			// An administrator of the whole system: the only one shown the health details
			// (disk, database) of /actuator/health.
			authorities.add(new SimpleGrantedAuthority(SYSTEM_ADMINISTRATOR));
		}
		return List.copyOf(authorities);
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof SignedInUser that) && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.username + "]";
	}

}

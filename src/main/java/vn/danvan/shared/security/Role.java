package vn.danvan.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do inside their scope. The label is the message key
 * {@code role.<NAME>}.
 */
public enum Role {

	ADMINISTRATOR, COMMISSION_OFFICER, LEADER, REPORTING_OFFICER, VIEWER;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public String messageKey() {
		return "role." + name();
	}

}

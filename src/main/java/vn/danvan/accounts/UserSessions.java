package vn.danvan.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The open sessions of a user, found by principal name in the session store (Spring
 * Session JDBC): ended at once when the user's rights change, so nobody keeps acting with
 * rights they no longer hold.
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every open session of the user.
	 * @return how many were ended
	 */
	int endAll(String username) {
		var ids = this.sessions.findByPrincipalName(username).keySet().stream().toList();
		ids.forEach(this.sessions::deleteById);
		return ids.size();
	}

}

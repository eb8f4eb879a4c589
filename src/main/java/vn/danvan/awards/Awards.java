package vn.danvan.awards;

import java.util.Optional;

import vn.danvan.shared.security.ScopedUser;

/**
 * The commendations as other modules read them.
 */
public interface Awards {

	/**
	 * The decision when it exists and its issuing unit lies within the user's scope.
	 */
	Optional<Decision> find(ScopedUser user, DecisionId id);

}

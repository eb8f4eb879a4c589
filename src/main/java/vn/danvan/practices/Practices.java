package vn.danvan.practices;

import java.util.Optional;

import vn.danvan.shared.security.ScopedUser;

/**
 * The registry of models and exemplary persons as other modules read it.
 */
public interface Practices {

	/**
	 * The practice when it exists and lies within the user's scope.
	 */
	Optional<Practice> find(ScopedUser user, PracticeId id);

}

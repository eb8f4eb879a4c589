package vn.danvan.practices;

/**
 * Tập thể or cá nhân.
 */
public enum PracticeSubject {

	COLLECTIVE, INDIVIDUAL;

	public String messageKey() {
		return "practices.subject." + name();
	}

}

package vn.danvan.accounts.passwords;

/**
 * The password change form as posted.
 */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}

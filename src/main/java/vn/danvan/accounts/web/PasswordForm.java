package vn.danvan.accounts.web;

/**
 * The password change form as posted.
 */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}

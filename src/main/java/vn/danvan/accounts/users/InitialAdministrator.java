package vn.danvan.accounts.users;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AccountsProperties;
import vn.danvan.accounts.NewUser;
import vn.danvan.accounts.passwords.PasswordPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.danvan.shared.security.Role;
import vn.danvan.shared.DanvanProperties;

/**
 * On the first start, creates the {@code admin} user: with {@code DANVAN_ADMIN_PASSWORD}
 * when set, or else with a random password that is logged once and written to
 * {@code <data-dir>/initial-admin-password}.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	static final String PASSWORD_FILE = "initial-admin-password";

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final Accounts accounts;

	private final AccountsProperties properties;

	private final Path dataDir;

	InitialAdministrator(Accounts accounts, AccountsProperties properties, DanvanProperties danvan) {
		this.accounts = accounts;
		this.properties = properties;
		this.dataDir = danvan.dataDir();
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		createIfMissing();
	}

	/**
	 * Returns true when the administrator was created by this call (false when it
	 * existed, even on another node).
	 */
	boolean createIfMissing() throws IOException {
		if (this.accounts.findByUsername(USERNAME).isPresent()) {
			return false;
		}
		String configured = this.properties.adminPassword();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? randomPassword() : configured;
		NewUser admin = new NewUser(USERNAME, "Quản trị hệ thống", null, password, Set.of(Role.ADMINISTRATOR), null);
		// A generated password has been printed in the log and written to a file: the
		// administrator changes it when first signing in. One the operator chose
		// (DANVAN_ADMIN_PASSWORD) is theirs already, and the demo users share it.
		if (this.accounts.create(admin, null, generated).isEmpty()) {
			return false;
		}
		if (generated) {
			Path file = writePasswordFile(password);
			log.warn("""

					==================================================================
					  Đã tạo tài khoản quản trị / administrator created
					  Tên đăng nhập / user name: {}
					  Mật khẩu / password:       {}
					  (cũng được lưu tại / also saved in {})
					  Hãy đổi mật khẩu sau lần đăng nhập đầu tiên.
					==================================================================""", USERNAME, password, file);
		}
		else {
			log.info("Đã tạo tài khoản quản trị '{}' với mật khẩu từ DANVAN_ADMIN_PASSWORD", USERNAME);
		}
		return true;
	}

	private Path writePasswordFile(String password) throws IOException {
		Files.createDirectories(this.dataDir);
		Path file = this.dataDir.resolve(PASSWORD_FILE);
		Files.deleteIfExists(file);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, password + System.lineSeparator());
		return file;
	}

	static String randomPassword() {
		return PasswordPolicy.randomPassword();
	}

}

package vn.danvan.accounts.users;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AccountsProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.Role;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.shared.DanvanProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in a rolled-back transaction: the administrator is removed, created again, and
 * restored afterwards.
 */
@DanvanIntegrationTest
@Transactional
class InitialAdministratorTests {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theAdministratorOfTheTestRunHasTheConfiguredPassword() {
		assertThat(this.accounts.findByUsername("admin")).hasValueSatisfying((admin) -> {
			assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
			assertThat(admin.enabled()).isTrue();
		});
		assertThat(this.passwordEncoder.matches(DanvanIntegrationTest.ADMIN_PASSWORD, hashOf("admin"))).isTrue();
		assertThat(hashOf("admin")).startsWith("{bcrypt}$2");
	}

	@Test
	void withoutConfiguredPasswordARandomOneIsWrittenToTheDataDirectoryOnce(@TempDir Path dataDir) throws Exception {
		deleteAdmin();
		InitialAdministrator initial = new InitialAdministrator(
				this.accounts, new AccountsProperties(null, 10, 5, java.time.Duration.ofMinutes(15),
						java.time.Duration.ofMinutes(15), 20, java.time.Duration.ofDays(90)),
				new DanvanProperties(dataDir));

		assertThat(initial.createIfMissing()).isTrue();

		Path file = dataDir.resolve(InitialAdministrator.PASSWORD_FILE);
		String password = Files.readString(file).trim();
		assertThat(password).hasSize(16);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(this.passwordEncoder.matches(password, hashOf("admin"))).isTrue();

		assertThat(initial.createIfMissing()).as("a second start creates nothing").isFalse();
		assertThat(Files.readString(file).trim()).isEqualTo(password);
	}

	@Test
	void withAConfiguredPasswordNoFileIsWritten(@TempDir Path dataDir) throws Exception {
		deleteAdmin();
		InitialAdministrator initial = new InitialAdministrator(this.accounts,
				new AccountsProperties("Mat-khau-quan-tri-1", 10, 5, java.time.Duration.ofMinutes(15),
						java.time.Duration.ofMinutes(15), 20, java.time.Duration.ofDays(90)),
				new DanvanProperties(dataDir));

		assertThat(initial.createIfMissing()).isTrue();

		assertThat(dataDir.resolve(InitialAdministrator.PASSWORD_FILE)).doesNotExist();
		assertThat(this.passwordEncoder.matches("Mat-khau-quan-tri-1", hashOf("admin"))).isTrue();
	}

	@Test
	void randomPasswordsDiffer() {
		assertThat(InitialAdministrator.randomPassword()).isNotEqualTo(InitialAdministrator.randomPassword());
	}

	void deleteAdmin() {
		this.jdbc.sql("delete from accounts.app_user where username = 'admin'").update();
	}

	String hashOf(String username) {
		return this.jdbc.sql("select password_hash from accounts.app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

}

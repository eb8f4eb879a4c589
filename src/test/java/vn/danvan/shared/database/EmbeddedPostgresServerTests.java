package vn.danvan.shared.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The data directory's life across processes: a second Danvan is refused without harming
 * the first, and a {@code kill -9} leaves nothing that stops the next start or loses
 * data. The first Danvan runs in a child JVM, as it would in real life.
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDir;

	Process child;

	@AfterEach
	void stopChild() throws Exception {
		if (this.child != null && this.child.isAlive()) {
			this.child.destroy();
			this.child.waitFor(60, TimeUnit.SECONDS);
		}
		// a leftover postmaster of the killed child must not outlive the test
		stopLeftover();
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectoryFailsFastAndLeavesTheFirstRunning() throws Exception {
		String url = startChild();

		long started = System.nanoTime();
		assertThatThrownBy(() -> EmbeddedPostgresServer.startPersistent(pg(), 0))
			.isInstanceOf(DataDirectoryInUseException.class)
			.hasMessageContaining("đang được một tiến trình Danvan khác sử dụng");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

		assertThat(this.child.isAlive()).isTrue();
		assertThat(notes(url)).containsExactly("ghi trước khi bị kill -9");
	}

	@Test
	void afterKillMinus9TheNextStartStopsTheLeftoverServerAndKeepsTheData() throws Exception {
		startChild();
		long leftoverPid = postmasterPid().orElseThrow();
		this.child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive))
			.as("the postmaster survives kill -9 of its parent")
			.contains(true);

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(pg(), 0)) {
			assertThat(notes(server.jdbcUrl())).containsExactly("ghi trước khi bị kill -9");
			assertThat(setting(server.jdbcUrl(), "fsync")).isEqualTo("on");
			assertThat(setting(server.jdbcUrl(), "synchronous_commit")).isEqualTo("on");
			assertThat(query(server.jdbcUrl(), "select datcollate from pg_database where datname = current_database()"))
				.isEqualTo("C.UTF-8");
		}
		assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
	}

	@Test
	void aCleanStopAndRestartKeepsTheData() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(pg(), 0);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (note text)");
			statement.execute("insert into survivor values ('Đắk Lắk')");
		}
		assertThat(Files.exists(pg().resolve("postmaster.pid"))).isFalse();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(pg(), 0)) {
			assertThat(notes(server.jdbcUrl())).containsExactly("Đắk Lắk");
		}
	}

	Path pg() {
		return this.dataDir.resolve("pg");
	}

	String startChild() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresChild.class.getName(), pg().toString())
			.redirectErrorStream(true);
		this.child = builder.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(this.child.getInputStream(), StandardCharsets.UTF_8));
		String url = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				while ((line = output.readLine()) != null) {
					if (line.startsWith("READY ")) {
						return line.substring("READY ".length());
					}
				}
				return null;
			}
			catch (java.io.IOException ex) {
				return null;
			}
		}).get(120, TimeUnit.SECONDS);
		assertThat(url).as("the child JVM started its server").isNotNull();
		CompletableFuture.runAsync(() -> output.lines().forEach((line) -> {
		}));
		return url;
	}

	Optional<Long> postmasterPid() throws Exception {
		File pidFile = pg().resolve("postmaster.pid").toFile();
		if (!pidFile.exists()) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile.toPath());
		return Optional.of(Long.parseLong(lines.get(0).trim()));
	}

	void stopLeftover() throws Exception {
		Optional<Long> pid = postmasterPid();
		if (pid.isPresent()) {
			EmbeddedPostgresServer.stopLeftoverServer(pg());
		}
	}

	static List<String> notes(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from survivor")) {
			List<String> notes = new java.util.ArrayList<>();
			while (rows.next()) {
				notes.add(rows.getString(1));
			}
			return notes;
		}
	}

	static String setting(String url, String name) throws SQLException {
		return query(url, "show " + name);
	}

	static String query(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}

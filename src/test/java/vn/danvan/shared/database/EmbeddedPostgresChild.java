package vn.danvan.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs in a separate JVM for {@link EmbeddedPostgresServerTests}: starts the persistent
 * server on the directory given, writes a row, prints {@code READY <jdbc url>} and waits
 * to be killed.
 */
public final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(Path.of(args[0]), 0);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists survivor (note text)");
			statement.execute("insert into survivor values ('ghi trước khi bị kill -9')");
		}
		System.out.println("READY " + server.jdbcUrl());
		System.out.flush();
		System.in.read();
	}

}

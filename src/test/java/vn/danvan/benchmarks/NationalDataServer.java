package vn.danvan.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import vn.danvan.shared.database.EmbeddedPostgresServer;

/**
 * Starts only the embedded PostgreSQL of a data directory on a fixed port, to look at a
 * national data set with psql ({@code psql -h localhost -p 55432 -U postgres danvan}),
 * until stopped with Ctrl-C. Run with
 * {@code bench/national-data-psql.sh [--data-dir=target/national-data] [--port=55432]}.
 */
public final class NationalDataServer {

	private NationalDataServer() {
	}

	public static void main(String[] args) throws Exception {
		var options = NationalData.options(args, java.util.Set.of("data-dir", "port"));
		Path directory = Path.of(options.getOrDefault("data-dir", NationalData.DEFAULT_DIRECTORY));
		int port = Integer.parseInt(options.getOrDefault("port", "55432"));
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(directory.resolve("pg"), port);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
			stopped.countDown();
		}));
		System.out.printf("PostgreSQL of %s on port %d: psql -h localhost -p %d -U postgres danvan (Ctrl-C stops)%n",
				directory, port, port);
		stopped.await();
	}

}

package vn.danvan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.danvan.DanvanApplication;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;

/**
 * What the national data generator and the analytics benchmark share: the data directory
 * and its description file, starting the application on it, the user who acts, and small
 * helpers to time and print.
 */
final class NationalData {

	static final String DEFAULT_DIRECTORY = "target/national-data";

	/** Written into the data directory; says with which options the data was built. */
	static final String DESCRIPTION = "national-data.properties";

	static final String TEMPLATE = "BC_DAN_VAN_QUOC_GIA";

	/** An administrator and commission officer of the centre: opens periods, checks. */
	static final String OFFICER = "bench.quocgia";

	static final String PASSWORD = "Quoc-gia-Benchmark-1";

	private NationalData() {
	}

	/**
	 * The {@code --name=value} options given, in order; anything else is an error.
	 */
	static Map<String, String> options(String[] args, Set<String> known) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unknown argument " + arg);
			}
			int equals = arg.indexOf('=');
			String name = (equals > 0) ? arg.substring(2, equals) : arg.substring(2);
			if (!known.contains(name)) {
				throw new IllegalArgumentException("Unknown option --" + name + "; known: " + known);
			}
			options.put(name, (equals > 0) ? arg.substring(equals + 1) : "true");
		}
		return options;
	}

	static Properties description(Path directory) throws IOException {
		Properties properties = new Properties();
		Path file = directory.resolve(DESCRIPTION);
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		}
		return properties;
	}

	static void describe(Path directory, Properties properties) throws IOException {
		Files.createDirectories(directory);
		try (OutputStream out = Files.newOutputStream(directory.resolve(DESCRIPTION))) {
			properties.store(out, "Danvan national data set (bench/national-data.sh)");
		}
	}

	/**
	 * Starts the application on the data directory's persistent embedded PostgreSQL
	 * (fsync and synchronous commit on, as in production), without demo data, reminders
	 * or a fixed port.
	 */
	static ConfigurableApplicationContext start(Path directory, String... more) {
		List<String> spring = new ArrayList<>(List.of("--server.port=0", "--danvan.data-dir=" + directory,
				"--danvan.accounts.admin-password=" + PASSWORD, "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--danvan.demo-data.enabled=false",
				"--danvan.reporting.reminders.enabled=false"));
		spring.addAll(List.of(more));
		return new SpringApplicationBuilder(DanvanApplication.class).run(spring.toArray(String[]::new));
	}

	static SignedInUser officer(Accounts accounts, long centreId) {
		if (accounts.findByUsername(OFFICER).isEmpty()) {
			accounts.create(new NewUser(OFFICER, "Cán bộ Ban Dân vận Trung ương (dữ liệu quốc gia)", null, PASSWORD,
					Set.of(Role.ADMINISTRATOR, Role.COMMISSION_OFFICER), centreId), "benchmark");
		}
		return accounts.principal(OFFICER).orElseThrow();
	}

	/**
	 * Bytes of every file under the directory (what {@code du} counts, without block
	 * rounding).
	 */
	static long bytes(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
	}

	/**
	 * {@code du -sh} of the directory, or the byte count when du is missing.
	 */
	static String du(Path directory) {
		try {
			Process du = new ProcessBuilder("du", "-sh", directory.toString()).redirectErrorStream(true).start();
			String out = new String(du.getInputStream().readAllBytes()).strip();
			du.waitFor();
			return out.split("\\s+")[0];
		}
		catch (IOException ex) {
			return "?";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

	static String size(long bytes) {
		if (bytes >= 1L << 30) {
			return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
		}
		return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
	}

	static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	/** The load average of the machine (1, 5, 15 minutes): other work running beside. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static long millis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	static String seconds(long millis) {
		return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

}

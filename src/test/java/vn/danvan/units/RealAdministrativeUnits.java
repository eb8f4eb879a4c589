package vn.danvan.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The official lists in {@code ../shared/data/admin-units} (read from there, never copied
 * into the project), imported once into the shared test database.
 */
public final class RealAdministrativeUnits {

	public static final Path DIRECTORY = Path.of("..", "shared", "data", "admin-units");

	private static ImportReport firstImport;

	private RealAdministrativeUnits() {
	}

	public static synchronized ImportReport importOnce(UnitImports imports) throws IOException {
		if (firstImport == null) {
			firstImport = importAgain(imports);
		}
		return firstImport;
	}

	public static ImportReport importAgain(UnitImports imports) throws IOException {
		try (InputStream before = open("units-63-provinces-2025-03.json");
				InputStream after = open("units-34-provinces-2026.json");
				InputStream links = open("merges.json")) {
			return imports.importReorganisation(before, after, links, UnitImports.REFORM_2025,
					UnitImports.BEFORE_REFORM_2025, "test");
		}
	}

	public static InputStream open(String name) throws IOException {
		return Files.newInputStream(DIRECTORY.resolve(name));
	}

}

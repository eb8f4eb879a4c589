package vn.danvan.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.units.imports.ImportReport;
import vn.danvan.units.imports.OfficialUnitLists;
import vn.danvan.units.imports.UnitImports;

/**
 * The official lists shipped with Danvan as its reference data
 * ({@link OfficialUnitLists}, {@code src/main/resources/reference-data/admin-units}),
 * imported once into the shared test database.
 */
public final class RealAdministrativeUnits {

	public static final String CENTRE_ADMINISTRATOR_PASSWORD = "Quan-tri-trung-uong-1";

	private static ImportReport firstImport;

	private static String centreAdministrator;

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

	/**
	 * The id of the imported centre ("Trung ương", code VN). Other tests add trees of
	 * their own beside it, so tests of the real tree start from here rather than from the
	 * roots.
	 */
	public static long centre(Units units) {
		return units.findByCode(UnitLevel.CENTRAL, "VN", UnitScope.today()).orElseThrow().id();
	}

	/**
	 * An administrator whose scope is the imported centre, created once. Other tests add
	 * trees of their own beside the real one (with their own roots), so tests of the real
	 * tree act as this user, who sees only the real tree, rather than as {@code admin},
	 * who sees every tree.
	 */
	public static synchronized String centreAdministrator(Accounts accounts, Units units) {
		if (centreAdministrator == null) {
			long centre = units.findByCode(UnitLevel.CENTRAL, "VN", UnitScope.today()).orElseThrow().id();
			String username = "qt.trunguong." + UUID.randomUUID().toString().substring(0, 8);
			accounts.create(new NewUser(username, "Quản trị Trung ương", username + "@danvan.vn",
					CENTRE_ADMINISTRATOR_PASSWORD, Set.of(Role.ADMINISTRATOR), centre), "test");
			centreAdministrator = username;
		}
		return centreAdministrator;
	}

	/**
	 * Opens one of the official lists, uncompressed (e.g.
	 * {@code "units-34-provinces-2026.json"}).
	 */
	public static InputStream open(String name) throws IOException {
		return OfficialUnitLists.open(name);
	}

	/**
	 * One of the official lists as a file, uncompressed into
	 * {@code target/reference-data} (for a browser test that uploads it).
	 */
	public static synchronized Path file(String name) throws IOException {
		Path file = Path.of("target", "reference-data", name).toAbsolutePath();
		if (!Files.exists(file)) {
			Files.createDirectories(file.getParent());
			Path partial = file.resolveSibling(name + ".part");
			try (InputStream in = open(name)) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

}

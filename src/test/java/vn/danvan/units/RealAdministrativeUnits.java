package vn.danvan.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.accounts.Role;

/**
 * The official lists in {@code ../shared/data/admin-units} (read from there, never copied
 * into the project), imported once into the shared test database.
 */
public final class RealAdministrativeUnits {

	public static final Path DIRECTORY = Path.of("..", "shared", "data", "admin-units");

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

	public static InputStream open(String name) throws IOException {
		return Files.newInputStream(DIRECTORY.resolve(name));
	}

}

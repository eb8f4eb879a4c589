package vn.danvan.units.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * The official administrative-unit lists shipped with Danvan as its reference data
 * ({@code src/main/resources/reference-data/admin-units}, gzip-compressed, MIT notices
 * beside them): the 63 provinces before the 2025 reorganisation, the 34 after it, the
 * links between old and new units, and the boundaries of the 34 provinces.
 */
public final class OfficialUnitLists {

	/** The folder on the classpath. */
	public static final String LOCATION = "reference-data/admin-units/";

	/** The 63 provinces, 696 districts and 10,035 communes as of 01/3/2025. */
	public static final String BEFORE = "units-63-provinces-2025-03.json";

	/** The 34 provinces and their 3,321 communes (as of 30/4/2026). */
	public static final String AFTER = "units-34-provinces-2026.json";

	/** The new → old links of the reorganisation of 01/7/2025. */
	public static final String LINKS = "merges.json";

	/** The boundaries of the 34 provinces (one GeoJSON FeatureCollection). */
	public static final String BOUNDARIES = "vn-34-provinces.min.geojson";

	/** How the audit log names an import of these lists. */
	public static final String SOURCE = "official lists 2025";

	private OfficialUnitLists() {
	}

	/**
	 * Opens one of the lists, uncompressed.
	 * @param name one of {@link #BEFORE}, {@link #AFTER}, {@link #LINKS},
	 * {@link #BOUNDARIES}
	 */
	public static InputStream open(String name) {
		ClassPathResource resource = new ClassPathResource(LOCATION + name + ".gz",
				OfficialUnitLists.class.getClassLoader());
		try {
			return new GZIPInputStream(resource.getInputStream(), 64 * 1024);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The reference data " + LOCATION + name + ".gz is missing", ex);
		}
	}

	/**
	 * Reads one of the lists whole, uncompressed.
	 */
	public static byte[] read(String name) {
		try (InputStream in = open(name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports the 2025 reorganisation from these lists in the calling thread (all or
	 * nothing; again changes nothing).
	 */
	public static ImportReport importInto(UnitImports imports, String actor, ImportProgress progress) {
		try (InputStream before = open(BEFORE); InputStream after = open(AFTER); InputStream links = open(LINKS)) {
			return imports.importReorganisation(before, after, links, UnitImports.REFORM_2025,
					UnitImports.BEFORE_REFORM_2025, actor, SOURCE, progress);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package vn.danvan.units.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DemoDataProperties;

/**
 * On a fresh start, fills an empty organisation tree with demo data: the centre, the 63
 * provinces before and the 34 after 01/7/2025 with their merges, and for Quảng Ngãi its
 * organisations and a few communes. The seed ({@code demo/units.csv}) goes through the
 * CSV import, with the official codes, so a later import of the official lists extends
 * it.
 */
@Component
class DemoUnits implements ApplicationRunner {

	static final String SEED = "demo/units.csv";

	static final String ACTOR = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(DemoUnits.class);

	private final DemoDataProperties properties;

	private final UnitImports imports;

	private final UnitImportRepository repository;

	DemoUnits(DemoDataProperties properties, UnitImports imports, UnitImportRepository repository) {
		this.properties = properties;
		this.imports = imports;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled() || !this.repository.noUnits()) {
			return;
		}
		ImportReport report = load();
		if (report.applied()) {
			log.info("Demo data loaded: {} units, {} successions", report.unitsCreated(), report.successionsCreated());
		}
		else {
			log.warn("Demo data not loaded: {}", report.errors());
		}
	}

	ImportReport load() {
		try (InputStream seed = new ClassPathResource(SEED).getInputStream()) {
			return this.imports.importCsv(seed, ACTOR);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package vn.danvan.directives;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DemoDataProperties;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;
import vn.danvan.directives.recognition.CatalogueDirective;

/**
 * The starting catalogue of directives from the reference ({@code demo/directives.csv}):
 * loaded on start with the demo data (it needs no unit, so the order with the demo units
 * does not matter), and loadable by tests. Loading is idempotent: a directive already
 * registered (same symbol and issuer) is left as it is.
 */
@Component
public class DirectiveCatalogue implements ApplicationRunner {

	static final String SEED = "demo/directives.csv";

	static final String ACTOR = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(DirectiveCatalogue.class);

	private final DemoDataProperties demoData;

	private final DirectiveRepository directives;

	private final Directives register;

	private final Units units;

	DirectiveCatalogue(DemoDataProperties demoData, DirectiveRepository directives, Directives register, Units units) {
		this.demoData = demoData;
		this.directives = directives;
		this.register = register;
		this.units = units;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demoData.enabled()) {
			int added = load(ACTOR);
			if (added > 0) {
				log.info("Demo data loaded: {} directives", added);
			}
		}
	}

	/**
	 * Registers every directive of the catalogue that is not registered yet; a local
	 * document is placed at its issuing unit when the tree holds it (also for one
	 * registered before the tree was there).
	 * @return how many were added
	 */
	public int load(String actor) {
		int added = 0;
		for (CatalogueDirective directive : seed()) {
			Long issuerUnit = issuerUnit(directive);
			Optional<Directive> existing = directive.symbol().isEmpty()
					? this.directives.findByNameAndIssuer(directive.name(), directive.issuer())
					: this.directives.findBySymbolAndIssuer(directive.symbol(), directive.issuer());
			if (existing.isEmpty()) {
				this.register.registerFromCatalogue(directive, issuerUnit, actor);
				added++;
			}
			else if (issuerUnit != null) {
				this.register.placeCatalogueDirective(existing.get(), issuerUnit);
			}
		}
		return added;
	}

	private Long issuerUnit(CatalogueDirective directive) {
		if (directive.issuerUnit() == null) {
			return null;
		}
		String[] place = directive.issuerUnit().split(":", 2);
		return this.units.findByCode(UnitLevel.valueOf(place[0]), place[1], directive.issuedOn())
			.map(Unit::id)
			.orElse(null);
	}

	/**
	 * The catalogue as published in the reference.
	 */
	public static List<CatalogueDirective> seed() {
		List<CatalogueDirective> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(SEED).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\\|", -1);
				String name = (f.length > 6 && !f[6].isBlank()) ? f[6] : null;
				List<String> aliases = (f.length > 7 && !f[7].isBlank()) ? List.of(f[7].split(";")) : List.of();
				String issuerUnit = (f.length > 8 && !f[8].isBlank()) ? f[8] : null;
				entries.add(new CatalogueDirective(DirectiveType.valueOf(f[0]), f[1], LocalDate.parse(f[2]), f[3], f[4],
						f[5], name, aliases, issuerUnit));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

}

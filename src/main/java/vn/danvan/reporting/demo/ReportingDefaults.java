package vn.danvan.reporting.demo;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.DemoDataProperties;

/**
 * On every start, once the initial administrator and the demo units exist (the
 * application is ready), loads the default catalogue ({@value #CATALOGUE}: breakdowns,
 * indicators, rules and the two standard templates) as that administrator; codes that
 * already exist are skipped, so a restart changes nothing and an administrator's later
 * changes are kept. With demo data on, then adds the demo reports.
 */
@Component
class ReportingDefaults {

	static final String CATALOGUE = "reporting/default-catalogue.json";

	private static final Logger log = LoggerFactory.getLogger(ReportingDefaults.class);

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DemoDataProperties demo;

	private final ReportingDemoData demoData;

	ReportingDefaults(Catalogue catalogue, Accounts accounts, JsonMapper json, JdbcClient jdbc,
			TransactionTemplate transaction, DemoDataProperties demo, ReportingDemoData demoData) {
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.json = json;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.demo = demo;
		this.demoData = demoData;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadOnStart() {
		if (!loadCatalogue()) {
			return;
		}
		if (this.demo.enabled()) {
			try {
				this.demoData.load();
			}
			catch (RuntimeException ex) {
				log.warn("Demo reports not loaded", ex);
			}
		}
	}

	/**
	 * Loads the default catalogue unless every code in it exists; false when there is no
	 * administrator to act as.
	 */
	boolean loadCatalogue() {
		Optional<SignedInUser> admin = this.accounts.principal(ReportingDemoData.ADMINISTRATOR);
		if (admin.isEmpty()) {
			log.warn("Default report templates not loaded: no user '{}'", ReportingDemoData.ADMINISTRATOR);
			return false;
		}
		CatalogueDefinition definition = definition();
		this.transaction.executeWithoutResult((status) -> {
			// Several nodes may start at once: one loads, the others then find every
			// code.
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('reporting.defaults'))").query().singleRow();
			int before = this.catalogue.templates().size();
			this.catalogue.load(admin.get(), definition);
			int added = this.catalogue.templates().size() - before;
			if (added > 0) {
				log.info("Default report templates loaded: {} templates, {} indicators", added,
						definition.indicators().size());
			}
		});
		return true;
	}

	CatalogueDefinition definition() {
		try (InputStream in = new ClassPathResource(CATALOGUE).getInputStream()) {
			return this.json.readValue(in, CatalogueDefinition.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

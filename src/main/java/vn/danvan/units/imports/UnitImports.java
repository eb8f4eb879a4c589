package vn.danvan.units.imports;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.units.UnitsImported;
import vn.danvan.units.imports.ReorganisationImporter.ReorganisationDates;

/**
 * Imports of whole lists of units. An import is all-or-nothing: any error in the files,
 * or a conflict with what the database holds, and nothing is written. Running the same
 * import again changes nothing.
 */
@Service
public class UnitImports {

	/**
	 * The 2025 reorganisation: the two-tier local government took effect on 01/7/2025.
	 */
	public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

	/**
	 * The date of the official list of 63 provinces ({@link OfficialUnitLists#BEFORE}).
	 */
	public static final LocalDate BEFORE_REFORM_2025 = LocalDate.of(2025, 3, 1);

	private final ReorganisationImporter reorganisation;

	private final CsvUnitImporter csv;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	UnitImports(ReorganisationImporter reorganisation, CsvUnitImporter csv,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.reorganisation = reorganisation;
		this.csv = csv;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
	}

	/**
	 * Imports a list of units in the CSV format of docs/units-csv-import.md: every line
	 * is checked first, and nothing is written when any line has an error. Lines equal to
	 * what the database holds count as unchanged, so a repeated import changes nothing.
	 */
	public ImportReport importCsv(InputStream csv, String actor) {
		return allOrNothing(() -> this.csv.importCsv(csv), actor, "csv");
	}

	/**
	 * Imports a reorganisation from the tree before it, the tree after it and the
	 * old-to-new links (JSON formats of the official lists: see docs/units-import.md).
	 * @param effective the day the new tree takes effect
	 * @param before a day on which the old tree held
	 */
	public ImportReport importReorganisation(InputStream beforeTree, InputStream afterTree, InputStream links,
			LocalDate effective, LocalDate before, String actor) {
		return importReorganisation(beforeTree, afterTree, links, effective, before, actor,
				"reorganisation " + effective, ImportProgress.NONE);
	}

	/**
	 * As
	 * {@link #importReorganisation(InputStream, InputStream, InputStream, LocalDate, LocalDate, String)},
	 * recorded in the audit log under {@code source}, telling {@code progress} the steps
	 * it reaches.
	 */
	public ImportReport importReorganisation(InputStream beforeTree, InputStream afterTree, InputStream links,
			LocalDate effective, LocalDate before, String actor, String source, ImportProgress progress) {
		ReorganisationDates dates = new ReorganisationDates(effective, before);
		return allOrNothing(
				() -> this.reorganisation.importReorganisation(beforeTree, afterTree, links, dates, progress), actor,
				source);
	}

	/**
	 * Runs an import in one transaction: a report with errors, or a conflict with what
	 * the database holds, rolls everything back; an applied import is announced for the
	 * audit log in the same transaction.
	 */
	private ImportReport allOrNothing(Supplier<ImportReport> importer, String actor, String source) {
		return this.transactions.execute((status) -> {
			try {
				ImportReport report = importer.get();
				if (!report.applied()) {
					status.setRollbackOnly();
					return report;
				}
				this.events.publishEvent(new UnitsImported(actor, source, report.unitsCreated(),
						report.successionsCreated(), report.warnings().size()));
				return report;
			}
			catch (DataAccessException ex) {
				status.setRollbackOnly();
				return ImportReport.rejected(
						List.of(new ImportIssue("cơ sở dữ liệu",
								"Dữ liệu mâu thuẫn với các đơn vị đã có (trùng mã hoặc chồng lấn thời gian hiệu lực); "
										+ "không có gì được ghi. Chi tiết: " + ex.getMostSpecificCause().getMessage())),
						List.of());
			}
		});
	}

}

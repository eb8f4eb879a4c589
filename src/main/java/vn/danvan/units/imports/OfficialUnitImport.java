package vn.danvan.units.imports;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * "Nhập danh sách đơn vị hành chính chính thức": imports the official lists shipped with
 * Danvan ({@link OfficialUnitLists}) in the background, one import at a time, with its
 * progress. The import itself is the ordinary all-or-nothing import of a reorganisation,
 * audited the same way; running it again changes nothing.
 */
@Service
public class OfficialUnitImport {

	private static final Logger log = LoggerFactory.getLogger(OfficialUnitImport.class);

	private final UnitImports imports;

	private final AtomicReference<OfficialImportStatus> current = new AtomicReference<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "official-unit-import");
		thread.setDaemon(true);
		return thread;
	});

	OfficialUnitImport(UnitImports imports) {
		this.imports = imports;
	}

	/**
	 * Starts the import in the background.
	 * @throws ImportAlreadyRunningException while another one runs
	 */
	public OfficialImportStatus start(String actor) {
		OfficialImportStatus started = OfficialImportStatus.started(actor, Instant.now());
		OfficialImportStatus before = this.current.get();
		if ((before != null && before.running()) || !this.current.compareAndSet(before, started)) {
			throw new ImportAlreadyRunningException(this.current.get());
		}
		this.executor.execute(() -> run(started));
		return started;
	}

	/** The running import, or the last one since the application started. */
	public Optional<OfficialImportStatus> status() {
		return Optional.ofNullable(this.current.get());
	}

	private void run(OfficialImportStatus started) {
		try {
			ImportReport report = OfficialUnitLists.importInto(this.imports, started.startedBy(),
					(step) -> this.current.updateAndGet((status) -> status.at(step)));
			this.current.updateAndGet((status) -> status.finished(report, Instant.now()));
		}
		catch (RuntimeException ex) {
			log.error("The import of the official unit lists failed", ex);
			this.current.updateAndGet((status) -> status.failed(Instant.now()));
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * Another import of the official lists is running.
	 */
	public static class ImportAlreadyRunningException extends RuntimeException {

		private final transient OfficialImportStatus running;

		ImportAlreadyRunningException(OfficialImportStatus running) {
			super("An import of the official unit lists is already running");
			this.running = running;
		}

		public OfficialImportStatus running() {
			return this.running;
		}

	}

}

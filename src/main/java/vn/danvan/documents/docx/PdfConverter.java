package vn.danvan.documents.docx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * DOCX to PDF with LibreOffice headless ({@code soffice --convert-to pdf}), when it is on
 * the PATH: each conversion in a fresh temporary profile (conversions may run at once),
 * killed after the configured timeout.
 */
@Component
public class PdfConverter {

	private static final Logger log = LoggerFactory.getLogger(PdfConverter.class);

	private final DocumentsProperties properties;

	PdfConverter(DocumentsProperties properties) {
		this.properties = properties;
	}

	/**
	 * The LibreOffice executable, if installed.
	 */
	Optional<Path> office() {
		String command = this.properties.office();
		if (command.contains(File.separator)) {
			Path path = Path.of(command);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			Path candidate = Path.of(dir, command);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	public boolean available() {
		return office().isPresent();
	}

	/**
	 * @throws DanvanException 503 when LibreOffice is absent, fails or times out
	 */
	public byte[] convert(byte[] docx, String name) {
		Path office = office().orElseThrow(() -> new PdfUnavailableException("documents.error.pdfUnavailable"));
		Path work = null;
		try {
			work = Files.createTempDirectory("danvan-pdf-");
			Path input = work.resolve(name + ".docx");
			Files.write(input, docx);
			Path profile = work.resolve("profile");
			Process process = new ProcessBuilder(office.toString(), "-env:UserInstallation=" + profile.toUri(),
					"--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.toString(), input.toString())
				.redirectErrorStream(true)
				.redirectOutput(work.resolve("soffice.log").toFile())
				.start();
			if (!process.waitFor(this.properties.conversionTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				log.warn("LibreOffice did not convert {} within {}", name, this.properties.conversionTimeout());
				throw new PdfUnavailableException("documents.error.pdfFailed");
			}
			Path pdf = work.resolve(name + ".pdf");
			if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
				log.warn("LibreOffice failed to convert {} (exit {}): {}", name, process.exitValue(),
						Files.readString(work.resolve("soffice.log")).strip());
				throw new PdfUnavailableException("documents.error.pdfFailed");
			}
			return Files.readAllBytes(pdf);
		}
		catch (IOException ex) {
			log.warn("LibreOffice conversion of {} failed", name, ex);
			throw new PdfUnavailableException("documents.error.pdfFailed");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdfUnavailableException("documents.error.pdfFailed");
		}
		finally {
			delete(work);
		}
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
			for (Path file : all) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", dir, ex);
		}
	}

}

package vn.danvan.reporting.excel;

import org.springframework.context.ApplicationEventPublisher;

import vn.danvan.reporting.submissions.FieldIssue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Permissions;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.submissions.SubmissionPreview;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.units.Unit;
import vn.danvan.units.Units;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;

/**
 * The offline Excel round-trip of a submission: download it as a pre-filled, protected
 * form; upload the filled file to see exactly what it would change; confirm to save those
 * changes as one revision (source {@code EXCEL}) with the usual version check and
 * validation. A file for another report, edited outside its cells, or older than changes
 * made since it was downloaded is refused and changes nothing.
 */
@Service
public class ExcelForms {

	public static final String SOURCE = "EXCEL";

	private final Submissions submissions;

	private final Units units;

	private final ExcelUploadRepository uploads;

	private final ExcelProperties properties;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	ExcelForms(Submissions submissions, Units units, ExcelUploadRepository uploads, ExcelProperties properties,
			ApplicationEventPublisher events, MessageSource messages, PlatformTransactionManager transactionManager) {
		this.submissions = submissions;
		this.units = units;
		this.uploads = uploads;
		this.properties = properties;
		this.events = events;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * The submission as it is now, as an Excel form with labels in the given language.
	 * @throws DanvanException 404 outside the user's scope
	 */
	@Transactional(readOnly = true)
	public ExcelFile download(ScopedUser user, long submissionId, Locale locale) {
		Submission submission = this.submissions.get(user, submissionId);
		Period period = this.submissions.period(submission);
		TemplateStructure structure = this.submissions.structure(submission);
		Unit unit = this.units.find(submission.unitId(), Periods.unitDate(period)).orElse(null);
		String unitName = (unit != null) ? unit.fullName() : "#" + submission.unitId();
		ExcelWriter.ExcelForm form = new ExcelWriter.ExcelForm(submission, period, unitName, structure,
				this.submissions.content(submission));
		byte[] content = ExcelWriter.write(form, (key, arguments) -> this.messages.getMessage(key, arguments, locale),
				this.properties.protectionPassword(), this.uploads.signingKey());
		String unitCode = (unit != null && unit.code() != null && !unit.code().isBlank()) ? unit.code()
				: String.valueOf(submission.unitId());
		return new ExcelFile(structure.template().code() + "-" + unitCode + "-" + period.id() + ".xlsx", content);
	}

	/**
	 * Reads an uploaded form and keeps what it would change until the user confirms.
	 * @throws DanvanException 404 outside the user's scope, 403 or 409 when the user may
	 * not edit the report now
	 * @throws ExcelRejectedException when the file is refused as a whole
	 */
	public ExcelPreview upload(ScopedUser user, long submissionId, String fileName, byte[] bytes, String remoteIp) {
		Submission submission = this.submissions.get(user, submissionId);
		requireEditable(user, submission);
		String name = (fileName != null) ? fileName : "";
		try {
			return read(user, submission, name, bytes, remoteIp);
		}
		catch (ExcelRejectedException ex) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("file", name);
			details.put("size", (bytes != null) ? bytes.length : 0);
			details.put("reason", ex.messageKey());
			this.events.publishEvent(
					new SubmissionExcelRefused(user.getUsername(), submission.id(), submission.unitId(), details));
			throw ex;
		}
	}

	/**
	 * Saves what a previewed upload changes, if the report has not changed since.
	 * @throws ExcelRejectedException when the upload expired, was already confirmed, or
	 * belongs to someone else
	 * @throws SubmissionConflictException when someone saved the report in between
	 */
	@Transactional
	public ExcelApplied confirm(ScopedUser user, long submissionId, UUID uploadId, String remoteIp) {
		Submission submission = this.submissions.get(user, submissionId);
		requireEditable(user, submission);
		ExcelUploadRepository.PendingUpload upload = this.uploads
			.find(uploadId, submissionId, user.getUsername(), Instant.now().minus(this.properties.pendingFor()))
			.orElseThrow(() -> new ExcelRejectedException("reporting.excel.error.expired"));
		Submission saved = this.submissions.save(user, submissionId, upload.baseVersion(), upload.values(),
				upload.narratives(), SOURCE);
		this.uploads.delete(uploadId);
		int cells = upload.values().size() + upload.narratives().size();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("upload", uploadId.toString());
		details.put("cells", cells);
		details.put("version", saved.version());
		this.events
			.publishEvent(new SubmissionExcelApplied(user.getUsername(), submissionId, submission.unitId(), details));
		return new ExcelApplied(saved, cells);
	}

	/**
	 * The largest file {@link #upload} accepts, in bytes.
	 */
	public long maxUploadSize() {
		return this.properties.maxUploadSize().toBytes();
	}

	private ExcelPreview read(ScopedUser user, Submission submission, String fileName, byte[] bytes, String remoteIp) {
		if (bytes == null || bytes.length == 0) {
			throw new ExcelRejectedException("reporting.excel.error.missing");
		}
		if (bytes.length > maxUploadSize()) {
			throw new ExcelRejectedException("reporting.excel.error.tooLarge", fileName,
					this.properties.maxUploadSize().toMegabytes());
		}
		Period period = this.submissions.period(submission);
		TemplateStructure structure = this.submissions.structure(submission);
		Map<String, Object> values;
		Map<Long, String> narratives;
		ExcelMetadata metadata;
		try (XSSFWorkbook workbook = ExcelReader.open(bytes, fileName)) {
			metadata = ExcelMetadata.read(workbook, this.uploads.signingKey());
			requireSameReport(metadata, submission, structure);
			Sheet sheet = ExcelReader.formSheet(workbook, metadata);
			requireNoChangeSince(user, metadata, submission);
			values = ExcelReader.values(sheet, metadata, structure);
			narratives = ExcelReader.narratives(sheet, metadata);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SubmissionContent current = this.submissions.content(submission);
		narratives.entrySet()
			.removeIf((entry) -> entry.getValue()
				.equals(ExcelReader.lines(current.narratives().getOrDefault(entry.getKey(), ""))));
		SubmissionPreview preview = this.submissions.preview(user, submission.id(), values, narratives);
		List<ExcelPreview.Row> rows = rows(metadata, structure, current, preview, values, narratives);
		UUID uploadId = (preview.valid() && !preview.changes().isEmpty()) ? UUID.randomUUID() : null;
		this.transactions.executeWithoutResult((status) -> {
			this.uploads.forget(submission.id(), user.getUsername(), Instant.now().minus(this.properties.pendingFor()));
			if (uploadId != null) {
				Map<String, String> changedValues = new LinkedHashMap<>();
				Map<Long, String> changedNarratives = new LinkedHashMap<>();
				for (Revision.Change change : preview.changes()) {
					if (change.field().startsWith("section-")) {
						long sectionId = Long.parseLong(change.field().substring("section-".length()));
						changedNarratives.put(sectionId, narratives.get(sectionId));
					}
					else {
						changedValues.put(change.field(), change.after());
					}
				}
				this.uploads
					.insert(new ExcelUploadRepository.PendingUpload(uploadId, submission.id(), user.getUsername(),
							preview.submission().version(), changedValues, changedNarratives, Instant.now()));
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("file", fileName);
			details.put("size", bytes.length);
			details.put("changes", preview.changes().size());
			details.put("errors", preview.errors().size());
			if (uploadId != null) {
				details.put("upload", uploadId.toString());
			}
			this.events.publishEvent(
					new SubmissionExcelUploaded(user.getUsername(), submission.id(), submission.unitId(), details));
		});
		return new ExcelPreview(preview.submission(), uploadId, rows, preview.checks());
	}

	/**
	 * Refuses a file made for another report, naming what differs.
	 */
	private static void requireSameReport(ExcelMetadata metadata, Submission submission, TemplateStructure structure) {
		if (metadata.templateVersionId() != structure.versionId()) {
			throw new ExcelRejectedException("reporting.excel.error.otherTemplate");
		}
		if (metadata.periodId() != submission.periodId()) {
			throw new ExcelRejectedException("reporting.excel.error.otherPeriod");
		}
		if (metadata.unitId() != submission.unitId()) {
			throw new ExcelRejectedException("reporting.excel.error.otherUnit");
		}
		if (metadata.submissionId() != submission.id()) {
			throw new ExcelRejectedException("reporting.excel.error.otherSubmission");
		}
	}

	/**
	 * Refuses a file downloaded before someone changed the report's content: applying it
	 * would silently undo their changes. State changes alone (submitted, returned) do not
	 * count.
	 */
	private void requireNoChangeSince(ScopedUser user, ExcelMetadata metadata, Submission submission) {
		if (metadata.version() > submission.version()) {
			throw new ExcelRejectedException("reporting.excel.error.tampered");
		}
		if (metadata.version() == submission.version()) {
			return;
		}
		List<Revision> since = this.submissions.revisions(user, submission.id())
			.stream()
			.filter((revision) -> revision.version() > metadata.version())
			.toList();
		if (!since.isEmpty()) {
			throw new ExcelRejectedException(since, "reporting.excel.error.stale", metadata.version(),
					submission.version(), since.get(since.size() - 1).changedBy());
		}
	}

	/**
	 * @throws DanvanException 403 or 409, saying why, when the user may not change the
	 * submission now
	 */
	public void requireEditable(ScopedUser user, Submission submission) {
		Period period = this.submissions.period(submission);
		if (this.submissions.canEdit(user, submission, period)) {
			return;
		}
		if (!Permissions.reports(user)) {
			throw new ForbiddenException("reporting.error.notAllowed");
		}
		if (!this.submissions.ownReport(user, submission)) {
			throw new ForbiddenException("reporting.error.notOwnReport");
		}
		if (period.closed()) {
			throw new ConflictException("reporting.error.periodClosed", period.name());
		}
		throw new ConflictException("reporting.error.notEditable",
				new DefaultMessageSourceResolvable(submission.state().messageKey()));
	}

	private static List<ExcelPreview.Row> rows(ExcelMetadata metadata, TemplateStructure structure,
			SubmissionContent current, SubmissionPreview preview, Map<String, Object> values,
			Map<Long, String> narratives) {
		List<ExcelPreview.Row> rows = new ArrayList<>();
		for (Revision.Change change : preview.changes()) {
			rows.add(new ExcelPreview.Row(change.field(), change.label(), reference(metadata, change.field()),
					change.before(), change.after(), null));
		}
		for (FieldIssue issue : preview.errors()) {
			String field = issue.field();
			String now;
			String inFile;
			if (field.startsWith("section-")) {
				long sectionId = Long.parseLong(field.substring("section-".length()));
				now = abbreviated(current.narratives().getOrDefault(sectionId, ""));
				inFile = abbreviated(narratives.getOrDefault(sectionId, ""));
			}
			else {
				BigDecimal number = current.numbers().get(field);
				now = (number != null) ? VietnameseNumbers.format(number) : current.texts().getOrDefault(field, "");
				Object value = values.get(field);
				inFile = (value instanceof BigDecimal decimal) ? VietnameseNumbers.format(decimal)
						: abbreviated(String.valueOf((value != null) ? value : ""));
			}
			rows.add(new ExcelPreview.Row(field, structure.label(field), reference(metadata, field), now, inFile,
					issue));
		}
		rows.sort(Comparator.comparingInt((ExcelPreview.Row row) -> rowNumber(metadata, row.field())));
		return rows;
	}

	private static int rowNumber(ExcelMetadata metadata, String field) {
		if (field.startsWith("section-")) {
			return metadata.narratives().getOrDefault(Long.parseLong(field.substring("section-".length())), 0);
		}
		return metadata.cells().getOrDefault(field, 0);
	}

	private static String reference(ExcelMetadata metadata, String field) {
		int row = rowNumber(metadata, field);
		if (row == 0) {
			return "";
		}
		return ExcelMetadata.reference(row - 1, field.startsWith("section-") ? ExcelWriter.NUMBER : ExcelWriter.VALUE);
	}

	private static String abbreviated(String text) {
		return (text.length() > 200) ? text.substring(0, 199) + "…" : text;
	}

}

package vn.danvan.documents.reviews;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.documents.IssuedDocument;
import vn.danvan.documents.docx.PdfConverter;
import vn.danvan.documents.docx.PdfUnavailableException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * The register of issued documents: each with its number and files, downloadable again by
 * users whose scope holds the issuing unit. The PDF is made by LibreOffice the first time
 * it is asked for, and kept.
 */
@Service
public class DocumentRegister {

	private final RegisterRepository register;

	private final PdfConverter pdf;

	private final UnitScope scope;

	private final ReviewReports reports;

	DocumentRegister(RegisterRepository register, PdfConverter pdf, UnitScope scope, ReviewReports reports) {
		this.register = register;
		this.pdf = pdf;
		this.scope = scope;
		this.reports = reports;
	}

	/**
	 * @throws DanvanException 404 when the document does not exist or its unit lies
	 * outside the user's scope
	 */
	@Transactional(readOnly = true)
	public IssuedDocument get(ScopedUser user, long documentId) {
		IssuedDocument document = this.register.find(documentId)
			.orElseThrow(() -> new NotFoundException("documents.error.documentNotFound", documentId));
		if (!this.scope.canSeeHistorical(user, document.unitId())) {
			throw new NotFoundException("documents.error.documentNotFound", documentId);
		}
		return document;
	}

	/**
	 * The documents issued by the user's unit and the units directly below it, latest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<IssuedDocument> recent(ScopedUser user) {
		List<Long> ids = this.reports.units(user).stream().map(Unit::id).toList();
		return ids.isEmpty() ? List.of() : this.register.ofUnits(ids, 30);
	}

	@Transactional(readOnly = true)
	public byte[] docx(ScopedUser user, long documentId) {
		get(user, documentId);
		return this.register.file(documentId, "docx");
	}

	@Transactional(readOnly = true)
	public byte[] xlsx(ScopedUser user, long documentId) {
		get(user, documentId);
		return this.register.file(documentId, "xlsx");
	}

	/**
	 * The document as PDF. Not one transaction: no database connection is held while
	 * LibreOffice converts; two first requests at once both convert, the first stored
	 * wins.
	 * @throws DanvanException 503 when LibreOffice is not installed or the conversion
	 * fails
	 */
	public byte[] pdf(ScopedUser user, long documentId) {
		IssuedDocument document = get(user, documentId);
		if (document.pdfStored()) {
			return this.register.file(documentId, "pdf");
		}
		if (!this.pdf.available()) {
			throw new PdfUnavailableException("documents.error.pdfUnavailable");
		}
		byte[] pdf = this.pdf.convert(this.register.file(documentId, "docx"), document.fileName());
		this.register.storePdf(documentId, pdf);
		return pdf;
	}

	/**
	 * True when LibreOffice is installed and PDFs can be made.
	 */
	public boolean pdfAvailable() {
		return this.pdf.available();
	}

}

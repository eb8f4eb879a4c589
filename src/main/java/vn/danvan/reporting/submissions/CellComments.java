package vn.danvan.reporting.submissions;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.TextLimits;

/**
 * Reviewers' comments on the cells of a handed-in report. Only the report's reviewers (an
 * officer of a unit above, {@link Submissions#canReview}) write them, while the report is
 * handed in and under review; the unit sees them once the report has moved on (the
 * return, typically), and its own officers mark them answered. A reviewer never edits the
 * report itself.
 */
@Service
class CellComments {

	private final CellCommentRepository comments;

	private final Submissions submissions;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	CellComments(CellCommentRepository comments, Submissions submissions, Accounts accounts,
			ApplicationEventPublisher events) {
		this.comments = comments;
		this.submissions = submissions;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * The comments the user may read on the report, oldest first: all of them for its
	 * reviewers; for anyone else those made on an earlier version (the report has been
	 * returned or approved since), not those of a review still under way.
	 * @throws vn.danvan.shared.errors.DanvanException 404 outside the user's scope
	 */
	@Transactional(readOnly = true)
	List<CellComment> of(ScopedUser user, long submissionId) {
		return of(user, this.submissions.get(user, submissionId));
	}

	List<CellComment> of(ScopedUser user, Submission submission) {
		boolean reviewer = this.submissions.canReview(user, submission);
		return this.comments.ofSubmission(submission.id())
			.stream()
			.filter((c) -> reviewer || c.version() < submission.version())
			.toList();
	}

	/**
	 * Writes a reviewer's comment on a cell or narrative of a handed-in report.
	 * @throws vn.danvan.shared.errors.DanvanException 404 outside the scope, 403 for
	 * anyone but its reviewers, 409 when the report is not under review, 422 for an
	 * unknown cell or an empty or too long text
	 */
	@Transactional
	CellComment write(ScopedUser user, long submissionId, String cell, String text) {
		Submission submission = this.submissions.get(user, submissionId);
		if (!this.submissions.canReview(user, submission)) {
			throw new ForbiddenException("reporting.error.notReviewer");
		}
		if (submission.state() != SubmissionState.SUBMITTED) {
			throw new ConflictException("reporting.comment.error.notUnderReview",
					new DefaultMessageSourceResolvable(submission.state().messageKey()));
		}
		String key = (cell != null) ? cell.strip() : "";
		if (!known(this.submissions.structure(submission), key)) {
			throw new RejectedException("cell", "reporting.comment.error.cell");
		}
		String body = (text != null) ? text.strip() : "";
		if (body.isEmpty()) {
			throw new RejectedException("text", "reporting.comment.error.empty");
		}
		String problem = TextLimits.problem(body, TextLimits.NOTE);
		if (problem != null) {
			throw new RejectedException("text", problem, TextLimits.NOTE);
		}
		CellComment comment = this.comments.insert(submission.id(), submission.version(), key, body, user.getUsername(),
				name(user), Instant.now());
		this.events.publishEvent(new CellCommentWritten(user.getUsername(), submission.id(), submission.unitId(),
				comment.id(), comment.version(), key));
		return comment;
	}

	/**
	 * Marks a comment answered, as one of the unit's own officers (once; again changes
	 * nothing).
	 * @throws vn.danvan.shared.errors.DanvanException 404 outside the scope or for a
	 * comment the user may not read, 403 for anyone but the unit's officers
	 */
	@Transactional
	CellComment answer(ScopedUser user, long submissionId, long commentId) {
		Submission submission = this.submissions.get(user, submissionId);
		CellComment comment = of(user, submission).stream()
			.filter((c) -> c.id() == commentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
		if (!this.submissions.ownReport(user, submission)) {
			throw new ForbiddenException("reporting.error.notOwnReport");
		}
		if (this.comments.answer(submission.id(), commentId, user.getUsername(), name(user), Instant.now())) {
			this.events.publishEvent(new CellCommentAnswered(user.getUsername(), submission.id(), submission.unitId(),
					commentId, comment.cell()));
		}
		return this.comments.find(submission.id(), commentId).orElseThrow();
	}

	private static boolean known(TemplateStructure structure, String key) {
		if (structure.cellsByKey().containsKey(key)) {
			return true;
		}
		if (key.startsWith("section-")) {
			try {
				var section = structure.section(Long.parseLong(key.substring("section-".length())));
				return section != null && section.narrative();
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return false;
	}

	private String name(ScopedUser user) {
		String name = this.accounts.displayNames(List.of(user.getUsername()))
			.get(Accounts.normalizeUsername(user.getUsername()));
		return (name != null && !name.isBlank()) ? name : user.getUsername();
	}

}

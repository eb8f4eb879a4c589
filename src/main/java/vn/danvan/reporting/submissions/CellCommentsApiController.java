package vn.danvan.reporting.submissions;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.accounts.SignedInUser;

/**
 * Reviewers' comments on the cells of a report over HTTP: read (those the caller may
 * read), write (the report's reviewers, while it is under review), mark answered (the
 * unit's officers).
 */
@RestController
@RequestMapping("/api/v1/submissions/{id}/comments")
class CellCommentsApiController implements ReportingApi {

	private final CellComments comments;

	CellCommentsApiController(CellComments comments) {
		this.comments = comments;
	}

	@GetMapping
	List<Map<String, Object>> list(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return this.comments.of(user, id).stream().map(CellCommentsApiController::json).toList();
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> write(@PathVariable long id,
			@RequestBody(required = false) CommentRequest request, @AuthenticationPrincipal SignedInUser user) {
		CellComment comment = this.comments.write(user, id, (request != null) ? request.cell() : null,
				(request != null) ? request.text() : null);
		return ResponseEntity.created(URI.create("/api/v1/submissions/" + id + "/comments/" + comment.id()))
			.body(json(comment));
	}

	@PostMapping("/{commentId}/answered")
	Map<String, Object> answered(@PathVariable long id, @PathVariable long commentId,
			@AuthenticationPrincipal SignedInUser user) {
		return json(this.comments.answer(user, id, commentId));
	}

	static Map<String, Object> json(CellComment comment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", comment.id());
		body.put("submissionId", comment.submissionId());
		body.put("version", comment.version());
		body.put("cell", comment.cell());
		body.put("text", comment.text());
		body.put("authorName", comment.authorName());
		body.put("createdAt", comment.createdAt());
		body.put("answered", comment.answered());
		body.put("answeredByName", comment.answeredByName());
		body.put("answeredAt", comment.answeredAt());
		return body;
	}

	/**
	 * The cell ({@code CODE}, {@code CODE.ITEM} or {@code section-ID}) and the comment.
	 */
	record CommentRequest(String cell, String text) {
	}

}

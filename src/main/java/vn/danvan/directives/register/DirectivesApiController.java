package vn.danvan.directives.register;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.directives.actions.ActionMatrix;
import vn.danvan.directives.actions.ActionProgress;
import vn.danvan.directives.actions.ActionRecord;
import vn.danvan.directives.Directive;
import vn.danvan.directives.DirectiveAction;
import vn.danvan.directives.DirectiveActions;
import vn.danvan.directives.DirectiveForm;
import vn.danvan.directives.DirectiveMentions;
import vn.danvan.directives.Directives;
import vn.danvan.directives.recognition.Mention;
import vn.danvan.directives.NewActionRecord;
import vn.danvan.directives.NewDirectiveAction;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitScope;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * The register as JSON: {@code /api/v1/directives} (search, register, read, change,
 * remove), its attachments, actions, matrix, unit records and mentions. Registering and
 * declaring actions need a commission officer or administrator; recording what a unit
 * did, a reporting officer or above whose scope holds the unit.
 */
@RestController
@RequestMapping("/api/v1/directives")
class DirectivesApiController implements DirectivesApi {

	static final String OFFICERS = DirectiveRoles.OFFICERS;

	static final String RECORDERS = DirectiveRoles.RECORDERS;

	static final int MATRIX_LIMIT = 5000;

	private final Directives directives;

	private final DirectiveActions actions;

	private final DirectiveMentions mentions;

	private final UnitScope scope;

	DirectivesApiController(Directives directives, DirectiveActions actions, DirectiveMentions mentions,
			UnitScope scope) {
		this.directives = directives;
		this.actions = actions;
		this.mentions = mentions;
		this.scope = scope;
	}

	@GetMapping
	DirectiveList search(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String year) {
		return new DirectiveList(this.directives.search(user, SearchParameters.search(q, type, issuer, year)));
	}

	@PostMapping
	@PreAuthorize(OFFICERS)
	ResponseEntity<Directive> register(@AuthenticationPrincipal ScopedUser user, @RequestBody DirectiveForm form,
			HttpServletRequest request) {
		Directive created = this.directives.register(user, form, List.of(), request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/directives/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	DirectiveDetail show(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		return new DirectiveDetail(this.directives.get(user, id), this.directives.attachments(user, id),
				this.directives.aliases(user, id));
	}

	@GetMapping("/{id}/aliases")
	AliasList aliases(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		return new AliasList(this.directives.aliases(user, id));
	}

	/**
	 * Replaces the other names of the directive ({@code {"aliases": ["…"]}}); 422 with
	 * {@code field: aliases} for an empty, too long or repeated alias, or one another
	 * directive of the same issuer already answers to.
	 */
	@PutMapping("/{id}/aliases")
	@PreAuthorize(OFFICERS)
	AliasList changeAliases(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody AliasList body, HttpServletRequest request) {
		if (body == null || body.aliases() == null) {
			throw new InvalidRequestException("aliases", "directives.error.aliasesRequired");
		}
		return new AliasList(this.directives.changeAliases(user, id, body.aliases(), request.getRemoteAddr()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(OFFICERS)
	Directive change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, @RequestBody DirectiveForm form,
			HttpServletRequest request) {
		return this.directives.change(user, id, form, request.getRemoteAddr());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(OFFICERS)
	ResponseEntity<Void> remove(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			HttpServletRequest request) {
		this.directives.remove(user, id, request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(OFFICERS)
	ResponseEntity<Attachment> addAttachment(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file, HttpServletRequest request)
			throws IOException {
		Attachment attachment = this.directives.addAttachment(user, id, Uploads.of(file), request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/directives/" + id + "/attachments/" + attachment.id()))
			.body(attachment);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		AttachmentContent content = this.directives.attachment(user, attachmentId, this.scope);
		if (content.attachment().directiveId() != id) {
			throw new NotFoundException("directives.error.notFound");
		}
		return Uploads.download(content);
	}

	@GetMapping("/{id}/actions")
	ActionList listActions(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		ActionMatrix matrix = this.actions.matrix(user, id, null, 0);
		return new ActionList(matrix.totals());
	}

	@PostMapping("/{id}/actions")
	@PreAuthorize(OFFICERS)
	ResponseEntity<DirectiveAction> declare(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody NewDirectiveAction form, HttpServletRequest request) {
		DirectiveAction action = this.actions.declare(user, id, form, request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/directives/" + id + "/actions/" + action.id())).body(action);
	}

	@GetMapping("/{id}/actions/{actionId}")
	ActionDetail showAction(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@PathVariable long actionId) {
		DirectiveAction action = actionOf(user, id, actionId);
		ActionProgress progress = this.actions.matrix(user, id, null, 0)
			.totals()
			.stream()
			.filter((p) -> p.action().id() == actionId)
			.findFirst()
			.orElseThrow();
		return new ActionDetail(action, progress);
	}

	@PostMapping("/{id}/actions/{actionId}/records")
	@PreAuthorize(RECORDERS)
	ResponseEntity<ActionRecord> record(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@PathVariable long actionId, @RequestBody NewActionRecord form, HttpServletRequest request) {
		actionOf(user, id, actionId);
		ActionRecord record = this.actions.record(user, actionId, form, null, request.getRemoteAddr());
		return ResponseEntity.status(201).body(record);
	}

	@GetMapping("/{id}/matrix")
	ActionMatrix matrix(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(required = false) String status) {
		return this.actions.matrix(user, id, SearchParameters.status(status), MATRIX_LIMIT);
	}

	@GetMapping("/{id}/mentions")
	MentionList mentions(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		Directive directive = this.directives.get(user, id);
		return new MentionList(this.mentions.ofDirective(user, directive));
	}

	private DirectiveAction actionOf(ScopedUser user, long directiveId, long actionId) {
		DirectiveAction action = this.actions.action(user, actionId);
		if (action.directiveId() != directiveId) {
			throw new NotFoundException("directives.error.notFound");
		}
		return action;
	}

	record DirectiveList(List<Directive> directives) {
	}

	record DirectiveDetail(Directive directive, List<Attachment> attachments, List<String> aliases) {
	}

	record AliasList(List<String> aliases) {
	}

	record ActionList(List<ActionProgress> actions) {
	}

	record ActionDetail(DirectiveAction action, ActionProgress progress) {
	}

	record MentionList(List<Mention> mentions) {
	}

}

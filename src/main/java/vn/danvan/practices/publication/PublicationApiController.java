package vn.danvan.practices.publication;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.security.ScopedUser;

/**
 * "Công bố" in the API: {@code PUT /api/v1/practices/{id}/publication} (the note as the
 * parameter {@code note}) and {@code DELETE} to withdraw it.
 */
@RestController
class PublicationApiController {

	private final PracticePublication publication;

	PublicationApiController(PracticePublication publication) {
		this.publication = publication;
	}

	@PutMapping("/api/v1/practices/{id}/publication")
	Publication publishApi(@AuthenticationPrincipal ScopedUser user, @PathVariable("id") String id,
			@RequestParam(name = "note", required = false) String note) {
		return this.publication.publish(user, InvalidRequestException.positiveId("id", id), note);
	}

	@DeleteMapping("/api/v1/practices/{id}/publication")
	ResponseEntity<Void> withdrawApi(@AuthenticationPrincipal ScopedUser user, @PathVariable("id") String id) {
		this.publication.withdraw(user, InvalidRequestException.positiveId("id", id));
		return ResponseEntity.noContent().build();
	}

}

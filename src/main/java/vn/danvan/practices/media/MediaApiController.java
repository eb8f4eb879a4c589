package vn.danvan.practices.media;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;

/**
 * A practice's photos and documents as JSON: {@code /api/v1/practices/{id}/media} (list,
 * upload as multipart {@code file} with an optional {@code caption}), the file, delete.
 */
@RestController
@RequestMapping("/api/v1/practices/{id}/media")
class MediaApiController {

	private final PracticeMedia media;

	MediaApiController(PracticeMedia media) {
		this.media = media;
	}

	@GetMapping
	List<MediaItem> list(@AuthenticationPrincipal ScopedUser user, @PathVariable("id") String practice) {
		return this.media.list(user, InvalidRequestException.positiveId("id", practice));
	}

	@PostMapping
	ResponseEntity<MediaItem> upload(@AuthenticationPrincipal ScopedUser user, @PathVariable("id") String practice,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "caption", required = false) String caption) {
		if (file == null || file.isEmpty()) {
			throw new RejectedException("file", "practices.media.error.empty");
		}
		try {
			long id = InvalidRequestException.positiveId("id", practice);
			MediaItem item = this.media.add(user, id, file.getOriginalFilename(), file.getBytes(), caption);
			return ResponseEntity.created(URI.create("/api/v1/practices/" + id + "/media/" + item.id())).body(item);
		}
		catch (IOException ex) {
			throw new RejectedException("file", "practices.media.error.unreadable");
		}
	}

	@GetMapping("/{mediaId}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal ScopedUser user, @PathVariable("id") String practice,
			@PathVariable("mediaId") String file) {
		return MediaDownloads.send(this.media.download(user, InvalidRequestException.positiveId("id", practice),
				InvalidRequestException.positiveId("mediaId", file), false));
	}

	@DeleteMapping("/{mediaId}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal ScopedUser user, @PathVariable("id") String practice,
			@PathVariable("mediaId") String file) {
		this.media.remove(user, InvalidRequestException.positiveId("id", practice),
				InvalidRequestException.positiveId("mediaId", file));
		return ResponseEntity.noContent().build();
	}

}

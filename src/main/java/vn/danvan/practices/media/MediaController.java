package vn.danvan.practices.media;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;

/**
 * The photos and documents on a practice's page: upload (with a caption), show a photo or
 * its thumbnail, download a document, remove. A refused file is named on the page in
 * Vietnamese and nothing is stored.
 */
@Controller
class MediaController {

	private final PracticeMedia media;

	private final MessageSource messages;

	MediaController(PracticeMedia media, MessageSource messages) {
		this.media = media;
		this.messages = messages;
	}

	@PostMapping("/practices/{id:\\d+}/media")
	String upload(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "caption", required = false) String caption, RedirectAttributes redirect) {
		try {
			if (file == null || file.isEmpty()) {
				throw new RejectedException("file", "practices.media.error.empty");
			}
			MediaItem item = this.media.add(user, id, file.getOriginalFilename(), file.getBytes(), caption);
			redirect.addFlashAttribute("mediaMessage", this.messages.getMessage("practices.media.added",
					new Object[] { item.fileName() }, LocaleContextHolder.getLocale()));
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("mediaError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("mediaError", this.messages.getMessage("practices.media.error.unreadable", null,
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/practices/" + id + "#media";
	}

	@GetMapping("/practices/{id:\\d+}/media/{mediaId:\\d+}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@PathVariable long mediaId) {
		return MediaDownloads.send(this.media.download(user, id, mediaId, false));
	}

	@GetMapping("/practices/{id:\\d+}/media/{mediaId:\\d+}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@PathVariable long mediaId) {
		return MediaDownloads.send(this.media.download(user, id, mediaId, true));
	}

	@PostMapping("/practices/{id:\\d+}/media/{mediaId:\\d+}/delete")
	String remove(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, @PathVariable long mediaId,
			RedirectAttributes redirect) {
		this.media.remove(user, id, mediaId);
		redirect.addFlashAttribute("mediaMessage",
				this.messages.getMessage("practices.media.removed", null, LocaleContextHolder.getLocale()));
		return "redirect:/practices/" + id + "#media";
	}

}

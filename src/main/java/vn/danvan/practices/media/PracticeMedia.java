package vn.danvan.practices.media;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeId;
import vn.danvan.practices.registry.PracticeRegistry;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.files.FileContents;
import vn.danvan.shared.files.Images;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseText;

/**
 * The photos and documents of a practice: read by whoever may read the practice, added
 * and removed by the officers who may change it. A file is what its bytes say it is (a
 * JPEG or PNG that decodes within {@value Images#MAX_PIXELS} pixels, a PDF or DOCX by its
 * structure), never what its name says; at most {@value #MAX_BYTES} bytes and
 * {@value #MAX_FILES} files per practice. Audited by its events.
 */
@Service
public class PracticeMedia {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public static final int MAX_FILES = 30;

	static final int MAX_CAPTION = 300;

	private final PracticeRegistry registry;

	private final MediaRepository media;

	private final ApplicationEventPublisher events;

	PracticeMedia(PracticeRegistry registry, MediaRepository media, ApplicationEventPublisher events) {
		this.registry = registry;
		this.media = media;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<MediaItem> list(ScopedUser user, long practiceId) {
		practice(user, practiceId);
		return this.media.list(practiceId);
	}

	/**
	 * A file and its bytes (the thumbnail's for an image when asked), for download.
	 */
	@Transactional(readOnly = true)
	public Download download(ScopedUser user, long practiceId, long mediaId, boolean thumbnail) {
		practice(user, practiceId);
		MediaItem item = this.media.find(practiceId, mediaId).orElseThrow(() -> notFound(mediaId));
		if (thumbnail && !item.image()) {
			throw notFound(mediaId);
		}
		byte[] content = this.media.content(practiceId, mediaId, thumbnail).orElseThrow(() -> notFound(mediaId));
		return new Download(item, thumbnail ? "image/jpeg" : item.contentType(), content);
	}

	@Transactional
	public MediaItem add(ScopedUser user, long practiceId, String fileName, byte[] content, String caption) {
		Practice practice = editable(user, practiceId);
		String name = cleanFileName(fileName);
		String text = Optional.ofNullable(VietnameseText.clean(caption)).orElse("");
		if (text.length() > MAX_CAPTION) {
			throw new RejectedException("caption", "practices.media.error.captionTooLong", MAX_CAPTION);
		}
		if (content == null || content.length == 0) {
			throw new RejectedException("file", "practices.media.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new RejectedException("file", "practices.media.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		this.media.lockPractice(practiceId);
		if (this.media.count(practiceId) >= MAX_FILES) {
			throw new RejectedException("file", "practices.media.error.tooMany", MAX_FILES);
		}
		long id;
		Optional<Images.Image> image = Images.read(content);
		if (image.isPresent()) {
			Images.Image i = image.get();
			id = this.media.insert(practiceId, MediaItem.Kind.IMAGE, name, i.contentType(), content, i.width(),
					i.height(), i.thumbnail(), text, user.getUsername());
		}
		else {
			String type = FileContents.contentType(content)
				.orElseThrow(() -> new RejectedException("file", "practices.media.error.type"));
			id = this.media.insert(practiceId, MediaItem.Kind.DOCUMENT, name, type, content, null, null, null, text,
					user.getUsername());
		}
		MediaItem item = this.media.find(practiceId, id).orElseThrow();
		this.events.publishEvent(new PracticeMediaAdded(practiceId, practice.ownerUnitId(), id, name,
				item.kind().name(), user.getUsername()));
		return item;
	}

	@Transactional
	public void remove(ScopedUser user, long practiceId, long mediaId) {
		Practice practice = editable(user, practiceId);
		MediaItem item = this.media.find(practiceId, mediaId).orElseThrow(() -> notFound(mediaId));
		this.media.delete(practiceId, mediaId);
		this.events.publishEvent(new PracticeMediaRemoved(practiceId, practice.ownerUnitId(), mediaId, item.fileName(),
				user.getUsername()));
	}

	public boolean canChange(ScopedUser user, Practice practice) {
		return this.registry.canEdit(user, practice);
	}

	/**
	 * The practice in the user's scope; the same 404 when it does not exist.
	 */
	private Practice practice(ScopedUser user, long practiceId) {
		return this.registry.find(user, new PracticeId(practiceId))
			.orElseThrow(() -> new NotFoundException("practices.error.notFound"));
	}

	private Practice editable(ScopedUser user, long practiceId) {
		Practice practice = practice(user, practiceId);
		if (!this.registry.canEdit(user, practice)) {
			throw new ForbiddenException("practices.error.notOwner");
		}
		return practice;
	}

	/**
	 * The name without a path, control characters or more than 255 characters; "tep" when
	 * nothing is left.
	 */
	static String cleanFileName(String fileName) {
		String name = (fileName == null) ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = Optional.ofNullable(VietnameseText.clean(name.replaceAll("\\p{Cntrl}", ""))).orElse("");
		if (name.length() > 255) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, 255 - extension.length()).strip() + extension;
		}
		return name.isEmpty() ? "tep" : name;
	}

	private static NotFoundException notFound(long mediaId) {
		return new NotFoundException("practices.media.error.notFound", mediaId);
	}

	/**
	 * What a download sends.
	 */
	public record Download(MediaItem item, String contentType, byte[] content) {

	}

}

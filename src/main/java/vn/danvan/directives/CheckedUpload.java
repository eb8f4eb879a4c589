package vn.danvan.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.util.unit.DataSize;

import vn.danvan.directives.register.Upload;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.files.FileContents;
import vn.danvan.shared.text.VietnameseText;

/**
 * An attached file accepted: a safe file name, no larger than the limit, its type read
 * from its content (field {@code file} when refused).
 */
record CheckedUpload(String fileName, String contentType, byte[] content) {

	/** The non-empty files of a form, each checked. */
	static List<CheckedUpload> all(List<Upload> files, DataSize limit) {
		List<CheckedUpload> checked = new ArrayList<>();
		if (files != null) {
			for (Upload file : files) {
				if (file != null && !file.isEmpty()) {
					checked.add(of(file, limit));
				}
			}
		}
		return checked;
	}

	static CheckedUpload of(Upload file, DataSize limit) {
		String name = Objects.requireNonNullElse(VietnameseText.clean(file.fileName()), "tep");
		name = name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
		if (name.isEmpty()) {
			name = "tep";
		}
		if (file.content().length > limit.toBytes()) {
			throw new RejectedException("file", "directives.error.fileTooLarge", name, limit.toMegabytes());
		}
		String contentType = FileContents.contentType(file.content())
			.orElseThrow(() -> new RejectedException("file", "directives.error.fileType", file.fileName()));
		return new CheckedUpload(name, contentType, file.content());
	}

}

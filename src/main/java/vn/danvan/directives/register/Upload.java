package vn.danvan.directives.register;

/**
 * A file as uploaded: its name and bytes. The content type is decided from the bytes.
 */
public record Upload(String fileName, byte[] content) {

	public boolean isEmpty() {
		return this.content == null || this.content.length == 0;
	}

}

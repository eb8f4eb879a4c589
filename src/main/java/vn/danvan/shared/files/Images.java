package vn.danvan.shared.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Images told by their content: a JPEG or PNG that decodes, no larger than
 * {@value #MAX_PIXELS} pixels (the dimensions are read from the header before decoding,
 * so a small file that would unpack to gigabytes is refused unread), and a thumbnail of
 * it no wider or taller than {@value #THUMBNAIL} pixels, as JPEG.
 */
public final class Images {

	public static final long MAX_PIXELS = 40_000_000L;

	public static final int THUMBNAIL = 320;

	private Images() {
	}

	/**
	 * A decoded image: its content type, width and height, and a JPEG thumbnail.
	 */
	public record Image(String contentType, int width, int height, byte[] thumbnail) {

	}

	/**
	 * The image, or empty when the bytes are not a JPEG or PNG that decodes within the
	 * size limit.
	 */
	public static Optional<Image> read(byte[] content) {
		if (content == null || content.length < 8) {
			return Optional.empty();
		}
		String type = isJpeg(content) ? "image/jpeg" : isPng(content) ? "image/png" : null;
		if (type == null) {
			return Optional.empty();
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
					return Optional.empty();
				}
				BufferedImage image = reader.read(0);
				return Optional.of(new Image(type, width, height, thumbnail(image)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static boolean isJpeg(byte[] c) {
		return (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff;
	}

	private static boolean isPng(byte[] c) {
		return (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G';
	}

	static byte[] thumbnail(BufferedImage image) {
		double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.drawImage(image, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(small, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

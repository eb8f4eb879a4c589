package vn.danvan.analytics.maps;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.shared.time.VietnamTime;

/**
 * The map of provinces ("Bản đồ tỉnh, thành phố"): administrators upload or remove the
 * boundary map and preview both maps; every signed-in user's browser reads the boundary
 * GeoJSON from here.
 */
@Controller
@RequestMapping("/analytics/maps")
class BoundaryMapsController {

	static final String VIEW = "analytics/maps";

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final BoundaryMaps maps;

	private final MessageSource messages;

	BoundaryMapsController(BoundaryMaps maps, MessageSource messages) {
		this.maps = maps;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String showMaps(Model model, Locale locale) {
		Optional<BoundaryMap> current = this.maps.current();
		model.addAttribute("boundaryMap", current.orElse(null));
		current.ifPresent((map) -> {
			model.addAttribute("uploadedAt", AT.format(LocalDateTime.ofInstant(map.uploadedAt(), VietnamTime.ZONE)));
			model.addAttribute("fileSize", megabytes(map.fileSize()));
		});
		model.addAttribute("maxMegabytes", this.maps.maxFileMegabytes());
		model.addAttribute("maxBytes", this.maps.maxFileSize());
		model.addAttribute("preview", this.maps.preview(text("analytics.map.preview.title", locale),
				text("analytics.map.preview.indicator", locale)));
		return VIEW;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String uploadBoundaryMap(@AuthenticationPrincipal ScopedUser user,
			@RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
		BoundaryMap map;
		try {
			if (file == null) {
				map = this.maps.upload(user, null, 0, null, request.getRemoteAddr());
			}
			else {
				try (InputStream content = file.getInputStream()) {
					map = this.maps.upload(user, file.getOriginalFilename(), file.getSize(), content,
							request.getRemoteAddr());
				}
			}
		}
		catch (BoundaryMapRejectedException ex) {
			response.setStatus(ex.status());
			model.addAttribute("refusal", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return showMaps(model, locale);
		}
		redirect.addFlashAttribute("successKey", "analytics.map.uploaded");
		redirect.addFlashAttribute("successArguments", new Object[] { map.matched(), map.features() });
		return "redirect:/analytics/maps";
	}

	@PostMapping("/remove")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String removeBoundaryMap(@AuthenticationPrincipal ScopedUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (this.maps.remove(user, request.getRemoteAddr())) {
			redirect.addFlashAttribute("successKey", "analytics.map.removed");
		}
		return "redirect:/analytics/maps";
	}

	/**
	 * The boundary GeoJSON for the dashboards' maps: gzip-compressed when the browser
	 * accepts it, revalidated by its ETag; 404 while none was uploaded.
	 */
	@GetMapping("/provinces.geojson")
	ResponseEntity<byte[]> provinceBoundaries(
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
		Optional<BoundaryMaps.GeoJson> geoJson = this.maps.geoJson();
		if (geoJson.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(GEO_JSON)
			.eTag("\"" + geoJson.get().etag() + "\"")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (gzip) {
			return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(geoJson.get().gzipped());
		}
		return response.body(geoJson.get().content());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String megabytes(long bytes) {
		return VietnameseNumbers
			.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP));
	}

}

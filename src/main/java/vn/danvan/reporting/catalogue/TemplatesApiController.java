package vn.danvan.reporting.catalogue;

import vn.danvan.reporting.submissions.ReportingApi;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.catalogue.CatalogueJson.StructureJson;
import vn.danvan.reporting.catalogue.CatalogueJson.TemplateJson;
import vn.danvan.shared.security.ScopedUser;

/**
 * {@code /api/v1/templates}: the templates and the structure of a version, read by any
 * signed-in user. A template is posted as a whole: it is created, replaces its latest
 * version while no period uses it, or becomes a new version once one does.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplatesApiController implements ReportingApi {

	private final Catalogue catalogue;

	TemplatesApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	TemplateList listTemplates() {
		return new TemplateList(this.catalogue.templates().stream().map(TemplateJson::of).toList());
	}

	/**
	 * The latest version, or {@code version}.
	 */
	@GetMapping("/{id}")
	StructureJson showTemplate(@PathVariable long id,
			@RequestParam(name = "version", required = false) Integer version) {
		Template template = this.catalogue.template(id);
		TemplateStructure structure = (version != null) ? this.catalogue.structure(id, version)
				: this.catalogue.structure(template.latestVersionId());
		return StructureJson.of(structure, this.catalogue.versions(id));
	}

	@PostMapping
	ResponseEntity<StructureJson> defineTemplate(@AuthenticationPrincipal ScopedUser user,
			@RequestBody TemplateDefinition definition) {
		TemplateStructure structure = this.catalogue.defineTemplate(user, definition);
		long id = structure.template().id();
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
				.path("/{id}")
				.queryParam("version", structure.version())
				.buildAndExpand(id)
				.toUri())
			.body(StructureJson.of(structure, this.catalogue.versions(id)));
	}

	record TemplateList(List<TemplateJson> templates) {
	}

}

package vn.danvan.web;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.danvan.DanvanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description (issue 20) is read by signed-in users only, and names every
 * {@code /api/v1} endpoint the application maps: a new endpoint missing from it fails
 * here.
 */
@DanvanIntegrationTest
class ApiDocumentationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Test
	void theDescriptionIsForSignedInUsersOnly() throws Exception {
		HttpResponse<String> anonymous = new SignedInClient(this.port).get("/v3/api-docs");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		HttpResponse<String> ui = new SignedInClient(this.port).get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(302);
	}

	@Test
	void everyApiEndpointIsDescribedWithItsProblemDetails() throws Exception {
		SignedInClient client = new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		HttpResponse<String> response = client.getJson("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode document = this.json.readTree(response.body());
		assertThat(document.path("info").path("title").asString()).isEqualTo("Danvan API");
		Set<String> described = new TreeSet<>();
		JsonNode paths = document.path("paths");
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				described.add(operation.getKey().toUpperCase() + " " + path.getKey());
			}
		}
		Set<String> mapped = apiEndpoints();
		assertThat(mapped).hasSizeGreaterThan(40);
		assertThat(described).as("the OpenAPI description at /v3/api-docs").containsAll(mapped);
		// The refusals of the one error model are described as problem details.
		assertThat(response.body()).contains("ProblemDetail");
	}

	@Test
	void theBrowsablePageOpensForASignedInUser() throws Exception {
		SignedInClient client = new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		HttpResponse<String> page = client.get("/swagger-ui/index.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui-bundle.js");
	}

	private Set<String> apiEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (String pattern : info.getPatternValues()) {
					if (!pattern.startsWith("/api/v1/")) {
						continue;
					}
					Iterator<RequestMethod> methods = info.getMethodsCondition().getMethods().iterator();
					while (methods.hasNext()) {
						endpoints.add(methods.next().name() + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

}

package vn.danvan.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} (springdoc): read at {@code /v3/api-docs}
 * and browsed at {@code /swagger-ui.html} by a signed-in user. The API itself takes HTTP
 * Basic (no session, no CSRF); errors are RFC 9457 problem details in Vietnamese
 * ({@link Refusals}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basic";

	static final String PROBLEM = "ProblemDetail";

	/** The refusals of the one error model ({@link Refusals}) and of security. */
	private static final Map<String, String> REFUSALS = Map.of("400",
			"Tham số hoặc nội dung không đọc được / unreadable parameter or body", "401",
			"Chưa xác thực / not authenticated", "403", "Không có quyền / forbidden", "404",
			"Không tìm thấy hoặc ngoài phạm vi / not found or outside your scope", "409",
			"Xung đột: đã có người thay đổi trước / changed meanwhile", "422",
			"Bị từ chối: dữ liệu không hợp lệ / refused: invalid data");

	@Bean
	OpenAPI danvanOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Danvan API")
				.version("v1")
				.description("API của Danvan (công tác dân vận): đơn vị, báo cáo định kỳ, số liệu tổng hợp, "
						+ "văn bản chỉ đạo, báo cáo sơ kết/tổng kết, mô hình \"Dân vận khéo\". Xác thực HTTP Basic; "
						+ "lỗi trả về dạng application/problem+json (RFC 9457), nội dung tiếng Việt "
						+ "(tiếng Anh với Accept-Language: en). / The Danvan API: HTTP Basic; errors are "
						+ "problem details."))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	/** Every operation may answer with the problem details of the shared error model. */
	@Bean
	OpenApiCustomizer problemDetailsOnEveryOperation() {
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
				REFUSALS.forEach((status, description) -> {
					if (operation.getResponses().get(status) == null) {
						operation.getResponses()
							.addApiResponse(status,
									new ApiResponse().description(description)
										.content(new Content().addMediaType("application/problem+json", new MediaType()
											.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
					}
				});
			}));
		};
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema()
			.description("RFC 9457 problem details; detail in Vietnamese (English with " + "Accept-Language: en)")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("code", new StringSchema().description("the message key of the refusal"))
			.addProperty("field", new StringSchema().description("the form field a refused change is about"))
			.addProperty("parameter", new StringSchema().description("the parameter that could not be read"));
	}

}

package vn.danvan.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every error that reaches the container: a Vietnamese page for browsers (403, 404, 500
 * and a generic one), RFC 9457 problem details for everyone else. Never shows a stack
 * trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPagesController extends AbstractErrorController {

	/** Request attribute: the Vietnamese message of refused input, shown on the page. */
	static final String INPUT_PROBLEM = ErrorPagesController.class.getName() + ".inputProblem";

	private final MessageSource messages;

	ErrorPagesController(ErrorAttributes errorAttributes, MessageSource messages) {
		super(errorAttributes);
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		Map<String, Object> model = getErrorAttributes(request,
				ErrorAttributeOptions.of(ErrorAttributeOptions.Include.PATH, ErrorAttributeOptions.Include.STATUS,
						ErrorAttributeOptions.Include.ERROR));
		model.put("csrfRejected", request.getAttribute(PageAccessDeniedHandler.CSRF_REJECTED) != null);
		Object detail = request.getAttribute(INPUT_PROBLEM);
		if (detail == null && status == HttpStatus.CONTENT_TOO_LARGE) {
			detail = this.messages.getMessage("error.413.text", null, RequestContextUtils.getLocale(request));
		}
		model.put("detail", detail);
		response.setStatus(status.value());
		return new ModelAndView(viewFor(status), model, status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Locale locale = String.valueOf(path).startsWith(request.getContextPath() + "/api/") ? ApiLocale.of(request)
				: RequestContextUtils.getLocale(request);
		String key = (status == HttpStatus.CONTENT_TOO_LARGE) ? "input.error.uploadTooLarge"
				: "problem." + status.value();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, null, this.messages.getMessage("problem.other", null, locale), locale));
		if (path != null) {
			problem.setInstance(URI.create(path.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String viewFor(HttpStatus status) {
		if (status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND) {
			return "error/" + status.value();
		}
		return status.is5xxServerError() ? "error/500" : "error/error";
	}

}

package vn.danvan.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.danvan.shared.errors.SaidInLanguage;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.RefusalStatus;

/**
 * The one handler of the shared error model (ADR 23), for pages and the API alike. Under
 * {@code /api/}: RFC 9457 problem details, the message in Vietnamese (English with
 * {@code Accept-Language: en}), the message key as {@code code} and the refusal's
 * properties ({@code field}, {@code parameter}, {@code differences}, …). Elsewhere: the
 * error page of the status with the message. A module's own advice may still answer a
 * refusal first (to show it inside its form); this one answers everything else.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 2)
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/** The status a kind of refusal is answered with. */
	static HttpStatus statusOf(DanvanException ex) {
		return HttpStatus.valueOf(RefusalStatus.of(ex));
	}

	@ExceptionHandler(DanvanException.class)
	ResponseEntity<ProblemDetail> refused(DanvanException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		HttpStatus status = statusOf(ex);
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		Locale locale = api ? ApiLocale.of(request) : RequestContextUtils.getLocale(request);
		String detail = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		if (!api) {
			request.setAttribute(ErrorPagesController.INPUT_PROBLEM, detail);
			response.sendError(status.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", ex.messageKey());
		SaidInLanguage.Messages said = (key, arguments) -> this.messages.getMessage(key, arguments, key, locale);
		ex.properties()
			.forEach((name, value) -> problem.setProperty(name,
					(value instanceof SaidInLanguage localized) ? localized.in(said) : value));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}

package vn.danvan.shared.errors;

/**
 * The HTTP status a kind of refusal is answered with, for the web layer only: the one
 * handler ({@code web.Refusals}) and the controllers that show a refusal inside their own
 * form. Domain code throws the kind and never asks for the number.
 */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static int of(DanvanException ex) {
		if (ex instanceof NotFoundException) {
			return 404;
		}
		if (ex instanceof ForbiddenException) {
			return 403;
		}
		if (ex instanceof InvalidRequestException) {
			return 400;
		}
		if (ex instanceof ConflictException) {
			return 409;
		}
		return 422;
	}

}

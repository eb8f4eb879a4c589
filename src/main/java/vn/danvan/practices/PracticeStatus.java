package vn.danvan.practices;

/**
 * Where a practice is in its life: đăng ký → đang triển khai → nhân rộng or kết thúc.
 * Evaluations and recognition are recorded beside the status.
 */
public enum PracticeStatus {

	REGISTERED, IN_PROGRESS, REPLICATED, ENDED;

	public String messageKey() {
		return "practices.status." + name();
	}

	public boolean closed() {
		return this == REPLICATED || this == ENDED;
	}

}

package vn.danvan.awards;

/**
 * The form of a commendation, from the lightest to the highest.
 */
public enum AwardForm {

	/** Biểu dương */
	BIEU_DUONG,
	/** Giấy khen */
	GIAY_KHEN,
	/** Bằng khen */
	BANG_KHEN,
	/** Kỷ niệm chương */
	KY_NIEM_CHUONG,
	/** Cờ thi đua */
	CO_THI_DUA;

	public String messageKey() {
		return "awards.form." + name();
	}

}

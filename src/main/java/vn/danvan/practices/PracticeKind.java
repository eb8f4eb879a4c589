package vn.danvan.practices;

/**
 * Mô hình (a way of working of a collective) or điển hình (an exemplary person or group).
 */
public enum PracticeKind {

	MODEL, EXEMPLAR;

	public String messageKey() {
		return "practices.kind." + name();
	}

	/** The code of the default catalogue's breakdown item (MO_HINH, DIEN_HINH). */
	public String itemCode() {
		return (this == MODEL) ? "MO_HINH" : "DIEN_HINH";
	}

}

package vn.danvan.directives.recognition;

/**
 * Who issued a directive, as far as a text or a symbol tells: the central bodies of the
 * Party, a provincial or district committee, the state.
 */
public enum IssuerKind {

	POLITBURO(true), SECRETARIAT(true), CENTRAL_COMMITTEE(true), CENTRAL(true), PROVINCIAL(false), DISTRICT(false),
	GRASSROOTS(false), STATE(false), OTHER(false);

	private final boolean central;

	IssuerKind(boolean central) {
		this.central = central;
	}

	/**
	 * True for the Party's central bodies ("/TW" documents).
	 */
	public boolean central() {
		return this.central;
	}

	/**
	 * The kind of the issuing body named in a text ("Ban Bí thư Trung ương Đảng", "Ban
	 * Thường vụ Tỉnh ủy Kiên Giang"), with or without diacritics.
	 */
	public static IssuerKind of(String issuer) {
		String f = DirectiveText.fold(issuer);
		if (f.contains("bo chinh tri")) {
			return POLITBURO;
		}
		if (f.contains("ban bi thu")) {
			return SECRETARIAT;
		}
		if (f.contains("tinh uy") || f.contains("thanh uy") || f.contains("dang bo tinh")) {
			return PROVINCIAL;
		}
		if (f.contains("huyen uy") || f.contains("thi uy") || f.contains("quan uy")) {
			return DISTRICT;
		}
		if (f.contains("dang uy")) {
			return GRASSROOTS;
		}
		if (f.contains("ban chap hanh trung uong") || f.contains("bch trung uong") || f.contains("bchtw")) {
			return CENTRAL_COMMITTEE;
		}
		if (f.contains("chinh phu") || f.contains("quoc hoi") || f.contains("uy ban nhan dan") || f.contains("ubnd")) {
			return STATE;
		}
		if (f.contains("trung uong")) {
			return CENTRAL;
		}
		return OTHER;
	}

	/**
	 * The kind of body a symbol's suffix stands for: "TW" and "VPTW" central, "TU"
	 * provincial, "HU" district.
	 */
	public static IssuerKind ofSuffix(String suffix) {
		String f = DirectiveText.fold(suffix);
		if (f.endsWith("tw")) {
			return CENTRAL;
		}
		if (f.equals("tu") || f.endsWith("tu")) {
			return PROVINCIAL;
		}
		if (f.endsWith("hu") || f.endsWith("qu")) {
			return DISTRICT;
		}
		if (f.endsWith("du")) {
			return GRASSROOTS;
		}
		return OTHER;
	}

}

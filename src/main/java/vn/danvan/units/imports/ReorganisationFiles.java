package vn.danvan.units.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.UnitKind;

/**
 * The three files of a reorganisation (the tree before, the tree after, the links between
 * old and new units) in the JSON formats of the official lists, read into records and
 * checked; every problem is collected, nothing is thrown. {@link ReorganisationImporter}
 * turns the checked records into rows.
 */
final class ReorganisationFiles {

	final List<ImportIssue> errors = new ArrayList<>();

	final List<ImportIssue> warnings = new ArrayList<>();

	void error(String reference, String message) {
		this.errors.add(new ImportIssue(reference, message));
	}

	void warn(String reference, String message) {
		this.warnings.add(new ImportIssue(reference, message));
	}

	List<OldProvince> before(JsonNode root) {
		List<OldProvince> provinces = new ArrayList<>();
		if (root == null) {
			return provinces;
		}
		if (!root.isArray()) {
			error("tệp trước sắp xếp",
					"Sai định dạng: cần một danh sách tỉnh [{Code, Name, FullName, District: […]}].");
			return provinces;
		}
		Set<String> seen = new TreeSet<>();
		for (JsonNode p : root) {
			String ref = "tỉnh " + text(p, "Code");
			String code = code(p, ref, seen, "PROVINCE");
			String fullName = name(p, "FullName", ref);
			List<OldDistrict> districts = new ArrayList<>();
			for (JsonNode d : array(p, "District")) {
				String dref = ref + " / huyện " + text(d, "Code");
				String dcode = code(d, dref, seen, "DISTRICT");
				List<Commune> communes = new ArrayList<>();
				for (JsonNode w : array(d, "Ward")) {
					String wref = dref + " / xã " + text(w, "Code");
					String wcode = code(w, wref, seen, "COMMUNE");
					String wfull = name(w, "FullName", wref);
					communes.add(new Commune(wcode, name(w, "Name", wref), wfull, communeKind(wfull)));
				}
				if (communes.isEmpty()) {
					warn(dref, "Huyện không có danh sách xã (Ward rỗng).");
				}
				districts.add(new OldDistrict(dcode, name(d, "Name", dref), name(d, "FullName", dref), communes));
			}
			provinces.add(new OldProvince(code, name(p, "Name", ref), fullName, provinceKind(fullName), districts));
		}
		return provinces;
	}

	List<NewProvince> after(JsonNode root) {
		List<NewProvince> provinces = new ArrayList<>();
		if (root == null) {
			return provinces;
		}
		if (!root.isArray()) {
			error("tệp sau sắp xếp", "Sai định dạng: cần một danh sách tỉnh [{Code, Name, FullName, Wards: […]}].");
			return provinces;
		}
		Set<String> seen = new TreeSet<>();
		for (JsonNode p : root) {
			String ref = "tỉnh " + text(p, "Code");
			String code = code(p, ref, seen, "PROVINCE");
			String fullName = name(p, "FullName", ref);
			List<Commune> communes = new ArrayList<>();
			for (JsonNode w : array(p, "Wards")) {
				String wref = ref + " / xã " + text(w, "Code");
				String wcode = code(w, wref, seen, "COMMUNE");
				String wfull = name(w, "FullName", wref);
				if (!code.equals(text(w, "ProvinceCode")) && w.has("ProvinceCode")) {
					warn(wref, "Mã tỉnh của xã (" + text(w, "ProvinceCode") + ") khác tỉnh chứa nó (" + code + ").");
				}
				communes.add(new Commune(wcode, name(w, "Name", wref), wfull, communeKind(wfull)));
			}
			provinces.add(new NewProvince(code, name(p, "Name", ref), fullName, provinceKind(fullName), communes));
		}
		return provinces;
	}

	void links(JsonNode root, Map<String, List<Link>> provinces, Map<String, List<Link>> communes) {
		if (root == null) {
			return;
		}
		JsonNode data = root.isObject() ? root.get("data") : null;
		if (data == null || !data.isArray()) {
			error("tệp liên kết", "Sai định dạng: cần {\"data\": [{level1_id, merges: […], level2s: […]}]}.");
			return;
		}
		for (JsonNode p : data) {
			String code = text(p, "level1_id");
			provinces.put(code, links(p, "tỉnh " + code));
			for (JsonNode w : array(p, "level2s")) {
				String wcode = text(w, "level2_id");
				if (communes.put(wcode, links(w, "liên kết xã " + wcode)) != null) {
					error("liên kết xã " + wcode, "Mã xã mới bị lặp trong tệp liên kết.");
				}
			}
		}
	}

	private List<Link> links(JsonNode node, String ref) {
		List<Link> links = new ArrayList<>();
		for (JsonNode m : array(node, "merges")) {
			String type = text(m, "type");
			if (!"full".equals(type) && !"partial".equals(type)) {
				warn(ref, "Kiểu liên kết không rõ \"" + type + "\", coi là một phần (partial).");
			}
			links.add(new Link(text(m, "old_id"), !"full".equals(type)));
		}
		return links;
	}

	private String code(JsonNode node, String ref, Set<String> seen, String level) {
		String code = text(node, "Code");
		if (code.isEmpty()) {
			error(ref, "Thiếu mã đơn vị (Code).");
		}
		else if (!seen.add(level + ":" + code)) {
			error(ref, "Mã " + code + " bị lặp.");
		}
		return code;
	}

	private String name(JsonNode node, String field, String ref) {
		String raw = scalar(node, field, ref);
		String clean = VietnameseText.clean(raw);
		if (clean.isEmpty()) {
			error(ref, "Thiếu tên (" + field + ").");
		}
		else if (!clean.equals(raw)) {
			warn(ref,
					"Tên \"" + raw + "\" có khoảng trắng thừa hoặc dấu tổ hợp; đã chuẩn hóa thành \"" + clean + "\".");
		}
		return clean;
	}

	private String text(JsonNode node, String field) {
		return VietnameseText.clean(scalar(node, field, field));
	}

	/**
	 * The field as text: a string, or a whole number (a code written without quotes);
	 * anything else (a list, an object, {@code 1e400}, a NUL, a text too long for a name)
	 * is an error, and empty.
	 */
	private String scalar(JsonNode node, String field, String ref) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return "";
		}
		if (!value.isString() && !value.isIntegralNumber()) {
			error(ref, "Giá trị của \"" + field + "\" phải là chuỗi ký tự hoặc số nguyên, không phải "
					+ (value.isContainer() ? "danh sách hay đối tượng" : "số thực, số quá lớn hay giá trị logic")
					+ ".");
			return "";
		}
		String text = value.asString();
		if (TextLimits.problem(text, TextLimits.NAME) != null) {
			error(ref, "Giá trị của \"" + field + "\" chứa ký tự không hợp lệ hoặc dài quá " + TextLimits.NAME
					+ " ký tự.");
			return "";
		}
		return text;
	}

	private static Iterable<JsonNode> array(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isArray()) ? value : List.of();
	}

	static UnitKind provinceKind(String fullName) {
		return fullName.startsWith("Thành phố") ? UnitKind.CITY : UnitKind.PROVINCE;
	}

	static UnitKind communeKind(String fullName) {
		if (fullName.startsWith("Phường")) {
			return UnitKind.WARD;
		}
		if (fullName.startsWith("Thị trấn")) {
			return UnitKind.TOWNSHIP;
		}
		if (fullName.startsWith("Đặc khu")) {
			return UnitKind.SPECIAL_ZONE;
		}
		return UnitKind.COMMUNE;
	}

	record Commune(String code, String name, String fullName, UnitKind kind) {
	}

	record OldDistrict(String code, String name, String fullName, List<Commune> communes) {
	}

	record OldProvince(String code, String name, String fullName, UnitKind kind, List<OldDistrict> districts) {
	}

	record NewProvince(String code, String name, String fullName, UnitKind kind, List<Commune> communes) {
	}

	record Link(String oldCode, boolean partial) {
	}

}

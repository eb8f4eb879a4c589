package vn.danvan.shared.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How the audit log names the objects of one kind a module owns ("Báo cáo của Xã An Phú —
 * Tổng kết năm 2026" instead of "Báo cáo 12"): each module that writes lines about its
 * objects may offer a bean of this type, and the audit log's owner asks it for the names
 * of the lines it shows, in one call per kind. The lines shown are already limited to the
 * reader's scope; an id the module does not know (since removed) is left out and shown by
 * its number.
 */
public interface AuditTargetNames {

	/**
	 * The kind of object named, as in {@link AuditEntry#targetType()}.
	 */
	String targetType();

	/**
	 * @param ids the objects' ids, as written in the audit lines
	 * @return the name of each object known, by id
	 */
	Map<String, String> names(Collection<String> ids);

	/**
	 * The ids that are numbers (ids written by a module as numbers), for a query by id.
	 */
	static Long[] numbers(Collection<String> ids) {
		return ids.stream()
			.filter((id) -> id != null && id.matches("[0-9]{1,18}"))
			.map(Long::valueOf)
			.toArray(Long[]::new);
	}

}

package vn.danvan.practices.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.audit.AuditTargetNames;

/**
 * Names of models and exemplary persons in the audit log.
 */
@Component
class PracticeAuditNames implements AuditTargetNames {

	private final JdbcClient jdbc;

	PracticeAuditNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String targetType() {
		return "practice";
	}

	@Override
	public Map<String, String> names(Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		Long[] numbers = AuditTargetNames.numbers(ids);
		if (numbers.length > 0) {
			this.jdbc.sql("select id, name from practices.practice where id = any(cast(:ids as bigint[]))")
				.param("ids", numbers)
				.query((rs, n) -> names.put(String.valueOf(rs.getLong(1)), rs.getString(2)))
				.list();
		}
		return names;
	}

}

package vn.danvan.directives.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.audit.AuditTargetNames;

/**
 * Names of directives in the audit log: the number and symbol ("05-CT/TW"), or the name a
 * directive known without a number has.
 */
@Component
class DirectiveAuditNames implements AuditTargetNames {

	private final JdbcClient jdbc;

	DirectiveAuditNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String targetType() {
		return "directive";
	}

	@Override
	public Map<String, String> names(Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		Long[] numbers = AuditTargetNames.numbers(ids);
		if (numbers.length > 0) {
			this.jdbc.sql("""
					select id, coalesce(nullif(symbol, ''), name) from directives.directive
					 where id = any(cast(:ids as bigint[]))
					""")
				.param("ids", numbers)
				.query((rs, n) -> names.put(String.valueOf(rs.getLong(1)), rs.getString(2)))
				.list();
		}
		return names;
	}

}

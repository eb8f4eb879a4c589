package vn.danvan.reporting.periods;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.audit.AuditTargetNames;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Names of reports and periods in the audit log: "Xã An Phú — Tổng kết năm 2026", and the
 * period's name.
 */
final class ReportAuditNames {

	private ReportAuditNames() {
	}

	@Component
	static class Submissions implements AuditTargetNames {

		private final JdbcClient jdbc;

		private final Units units;

		Submissions(JdbcClient jdbc, Units units) {
			this.jdbc = jdbc;
			this.units = units;
		}

		@Override
		public String targetType() {
			return "submission";
		}

		@Override
		public Map<String, String> names(Collection<String> ids) {
			Map<String, String> names = new HashMap<>();
			Long[] numbers = AuditTargetNames.numbers(ids);
			if (numbers.length == 0) {
				return names;
			}
			record Row(long id, long unitId, String period) {
			}
			List<Row> rows = this.jdbc.sql("""
					select s.id, s.unit_id, p.name
					  from reporting.submission s join reporting.period p on p.id = s.period_id
					 where s.id = any(cast(:ids as bigint[]))
					""")
				.param("ids", numbers)
				.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)))
				.list();
			Map<Long, String> units = new HashMap<>();
			for (Unit unit : this.units.findAll(rows.stream().map(Row::unitId).distinct().toList(),
					UnitScope.today())) {
				units.put(unit.id(), unit.fullName());
			}
			for (Row row : rows) {
				String unit = units.get(row.unitId());
				names.put(String.valueOf(row.id()), (unit != null) ? unit + " — " + row.period() : row.period());
			}
			return names;
		}

	}

	@Component
	static class Periods implements AuditTargetNames {

		private final JdbcClient jdbc;

		Periods(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String targetType() {
			return "period";
		}

		@Override
		public Map<String, String> names(Collection<String> ids) {
			Map<String, String> names = new HashMap<>();
			Long[] numbers = AuditTargetNames.numbers(ids);
			if (numbers.length > 0) {
				this.jdbc.sql("select id, name from reporting.period where id = any(cast(:ids as bigint[]))")
					.param("ids", numbers)
					.query((rs, n) -> names.put(String.valueOf(rs.getLong(1)), rs.getString(2)))
					.list();
			}
			return names;
		}

	}

}

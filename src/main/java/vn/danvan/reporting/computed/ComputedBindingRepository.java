package vn.danvan.reporting.computed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ComputedBindingRepository {

	private static final TypeReference<Map<String, String>> FILTERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ComputedBindingRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<ComputedBinding> all() {
		return this.jdbc.sql("""
				select indicator_code, item_code, measure, filters::text as filters, set_by, set_at
				  from reporting.computed_binding order by indicator_code, item_code
				""")
			.query((rs, n) -> new ComputedBinding(rs.getString("indicator_code"), rs.getString("item_code"),
					rs.getString("measure"), this.json.readValue(rs.getString("filters"), FILTERS),
					rs.getString("set_by"), rs.getObject("set_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void put(String indicatorCode, String itemCode, String measure, Map<String, String> filters, String actor) {
		this.jdbc.sql("""
				insert into reporting.computed_binding (indicator_code, item_code, measure, filters, set_by)
				values (:indicator, :item, :measure, cast(:filters as jsonb), :actor)
				on conflict (indicator_code, item_code)
				do update set measure = excluded.measure, filters = excluded.filters, set_by = excluded.set_by,
				              set_at = now()
				""")
			.param("indicator", indicatorCode)
			.param("item", itemCode)
			.param("measure", measure)
			.param("filters", this.json.writeValueAsString(filters))
			.param("actor", actor)
			.update();
	}

	boolean remove(String indicatorCode, String itemCode) {
		return this.jdbc
			.sql("delete from reporting.computed_binding where indicator_code = :indicator and item_code = :item")
			.param("indicator", indicatorCode)
			.param("item", itemCode)
			.update() == 1;
	}

}

package vn.danvan.documents.profiles;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ProfileRepository {

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProfileRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<FormatProfile> find(String code) {
		return this.jdbc.sql("""
				select id, code, name, font_name, body_size, header_size, party_size, title_size, margin_top,
				       margin_bottom, margin_left, margin_right, indent_cm, labels::text, version
				  from documents.format_profile where (cast(:code as text) is null and is_default) or code = :code
				""").param("code", code).query((rs, n) -> {
			long id = rs.getLong(1);
			return new FormatProfile(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
					rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
					this.json.readValue(rs.getString(14), LABELS), List.of(), rs.getInt(15));
		})
			.optional()
			.map((p) -> new FormatProfile(p.id(), p.code(), p.name(), p.fontName(), p.bodySize(), p.headerSize(),
					p.partySize(), p.titleSize(), p.marginTop(), p.marginBottom(), p.marginLeft(), p.marginRight(),
					p.indentCm(), p.labels(), bodies(p.id()), p.version()));
	}

	List<String> codes() {
		return this.jdbc.sql("select code from documents.format_profile order by is_default desc, code")
			.query(String.class)
			.list();
	}

	private List<FormatProfile.Body> bodies(long profileId) {
		return this.jdbc.sql("""
				select id, level, kinds, valid_from, valid_to, superior, issuing, symbol, signing, place
				  from documents.body_symbol where profile_id = ?
				 order by level, kinds desc, valid_from nulls first, id
				""")
			.param(profileId)
			.query((rs, n) -> new FormatProfile.Body(rs.getLong(1), rs.getString(2), rs.getString(3),
					date(rs.getDate(4)), date(rs.getDate(5)), rs.getString(6), rs.getString(7), rs.getString(8),
					FormatProfile.Signing.valueOf(rs.getString(9)), rs.getString(10)))
			.list();
	}

	boolean update(long id, ProfileChange change, String actor) {
		int updated = this.jdbc.sql("""
				update documents.format_profile
				   set name = :name, font_name = :font, body_size = :body, header_size = :header, party_size = :party,
				       title_size = :title, margin_top = :top, margin_bottom = :bottom, margin_left = :left,
				       margin_right = :right, indent_cm = :indent, labels = cast(:labels as jsonb),
				       version = version + 1, updated_by = :actor, updated_at = now()
				 where id = :id and version = :version
				""")
			.param("name", change.name())
			.param("font", change.fontName())
			.param("body", change.bodySize())
			.param("header", change.headerSize())
			.param("party", change.partySize())
			.param("title", change.titleSize())
			.param("top", change.marginTop())
			.param("bottom", change.marginBottom())
			.param("left", change.marginLeft())
			.param("right", change.marginRight())
			.param("indent", change.indentCm())
			.param("labels", this.json.writeValueAsString(change.labels()))
			.param("actor", actor)
			.param("id", id)
			.param("version", change.expectedVersion())
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("delete from documents.body_symbol where profile_id = ?").param(id).update();
		for (FormatProfile.Body body : change.bodies()) {
			this.jdbc
				.sql("""
						insert into documents.body_symbol (profile_id, level, kinds, valid_from, valid_to, superior, issuing,
						                                   symbol, signing, place)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(id, body.level(), body.kinds(), sql(body.validFrom()), sql(body.validTo()), body.superior(),
						body.issuing(), body.symbol(), body.signing().name(), body.place())
				.update();
		}
		return true;
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static Date sql(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}

package vn.danvan.directives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.directives.register.Attachment;
import vn.danvan.directives.register.AttachmentContent;
import vn.danvan.directives.register.DirectiveSearch;

@Repository
class DirectiveRepository {

	private static final String COLUMNS = """
			d.id, d.type, d.symbol, d.issued_on, d.issuer, d.summary, d.fields, d.status, d.replaced_by,
			(select r.symbol from directives.directive r where r.id = d.replaced_by) as replaced_by_symbol,
			d.owner_unit_id, d.version, d.name, d.issuer_unit_id
			""";

	private final JdbcClient jdbc;

	DirectiveRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Directive> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from directives.directive d where d.id = :id")
			.param("id", id)
			.query(DirectiveRepository::directive)
			.optional();
	}

	/**
	 * Locks the directive for the rest of the transaction.
	 */
	public Optional<Directive> lock(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from directives.directive d where d.id = :id for update of d")
			.param("id", id)
			.query(DirectiveRepository::directive)
			.optional();
	}

	public Optional<Directive> findBySymbolAndIssuer(String symbol, String issuer) {
		return this.jdbc.sql("select " + COLUMNS + """
				  from directives.directive d
				 where d.symbol_key = upper(replace(directives.search_key(:symbol), ' ', ''))
				   and d.issuer_key = directives.search_key(:issuer)
				""").param("symbol", symbol).param("issuer", issuer).query(DirectiveRepository::directive).optional();
	}

	/**
	 * The directive without a symbol of that name and issuer.
	 */
	public Optional<Directive> findByNameAndIssuer(String name, String issuer) {
		return this.jdbc.sql("select " + COLUMNS + """
				  from directives.directive d
				 where d.symbol = '' and d.name_key = :nameKey and d.issuer_key = directives.search_key(:issuer)
				""")
			.param("nameKey", vn.danvan.directives.recognition.NameKey.of(name))
			.param("issuer", issuer)
			.query(DirectiveRepository::directive)
			.optional();
	}

	public List<Directive> all() {
		return this.jdbc.sql("select " + COLUMNS + " from directives.directive d order by d.issued_on desc, d.id desc")
			.query(DirectiveRepository::directive)
			.list();
	}

	public List<Directive> search(DirectiveSearch search, int limit) {
		String words = (search.q() != null) ? search.q().trim() : "";
		String[] keys = words.isEmpty() ? new String[0]
				: this.jdbc.sql("select directives.search_key(:q)")
					.param("q", words)
					.query(String.class)
					.single()
					.split(" ");
		String[] patterns = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			patterns[i] = "%" + keys[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		}
		String issuer = (search.issuer() != null && !search.issuer().isBlank()) ? search.issuer().trim() : null;
		return this.jdbc.sql("select " + COLUMNS + """
				  from directives.directive d
				 where (d.search_key like all (cast(:patterns as text[]))
				        or exists (select 1 from directives.directive_alias a
				                    where a.directive_id = d.id
				                      and directives.search_key(a.alias) like all (cast(:patterns as text[]))))
				   and (cast(:type as text) is null or d.type = :type)
				   and (cast(:issuer as text) is null or d.issuer_key like '%' || directives.search_key(:issuer) || '%')
				   and (cast(:year as integer) is null or extract(year from d.issued_on) = :year)
				 order by d.issued_on desc, d.id desc
				 limit :limit
				""")
			.param("patterns", patterns)
			.param("type", (search.type() != null) ? search.type().name() : null)
			.param("issuer", issuer)
			.param("year", search.year())
			.param("limit", limit)
			.query(DirectiveRepository::directive)
			.list();
	}

	public long insert(DirectiveForm form, Long ownerUnitId, String actor) {
		return insert(form, ownerUnitId, null, actor);
	}

	public long insert(DirectiveForm form, Long ownerUnitId, Long issuerUnitId, String actor) {
		return this.jdbc.sql("""
				insert into directives.directive (type, symbol, issued_on, issuer, summary, fields, status, replaced_by,
				                                  owner_unit_id, created_by, name, name_key, issuer_unit_id)
				values (:type, :symbol, :issuedOn, :issuer, :summary, :fields, :status, :replacedBy, :owner, :actor,
				        :name, :nameKey, :issuerUnit)
				returning id
				""")
			.param("name", form.name())
			.param("nameKey", (form.name() != null) ? vn.danvan.directives.recognition.NameKey.of(form.name()) : null)
			.param("issuerUnit", issuerUnitId)
			.param("type", form.type().name())
			.param("symbol", form.symbol())
			.param("issuedOn", form.issuedOn())
			.param("issuer", form.issuer())
			.param("summary", form.summary())
			.param("fields", form.fields())
			.param("status", form.status().name())
			.param("replacedBy", form.replacedById())
			.param("owner", ownerUnitId)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	public void update(long id, DirectiveForm form) {
		this.jdbc.sql("""
				update directives.directive
				   set type = :type, symbol = :symbol, issued_on = :issuedOn, issuer = :issuer, summary = :summary,
				       fields = :fields, status = :status, replaced_by = :replacedBy, name = :name, name_key = :nameKey,
				       version = version + 1
				 where id = :id
				""")
			.param("id", id)
			.param("name", form.name())
			.param("nameKey", (form.name() != null) ? vn.danvan.directives.recognition.NameKey.of(form.name()) : null)
			.param("type", form.type().name())
			.param("symbol", form.symbol())
			.param("issuedOn", form.issuedOn())
			.param("issuer", form.issuer())
			.param("summary", form.summary())
			.param("fields", form.fields())
			.param("status", form.status().name())
			.param("replacedBy", form.replacedById())
			.update();
	}

	public void delete(long id) {
		this.jdbc.sql("delete from directives.directive where id = :id").param("id", id).update();
	}

	public boolean replacesAnother(long id) {
		return this.jdbc.sql("select exists (select 1 from directives.directive where replaced_by = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The chain of successors from the directive on ("replaced by", "replaced by" …),
	 * guarded against an existing cycle.
	 */
	public List<Long> successors(long id) {
		return this.jdbc.sql("""
				with recursive chain (id, replaced_by, depth) as (
				    select id, replaced_by, 0 from directives.directive where id = :id
				    union all
				    select d.id, d.replaced_by, c.depth + 1
				      from chain c join directives.directive d on d.id = c.replaced_by
				     where c.depth < 100
				)
				select id from chain order by depth
				""").param("id", id).query(Long.class).list();
	}

	public long insertAttachment(long directiveId, boolean evidence, String fileName, String contentType,
			byte[] content, String actor) {
		return this.jdbc
			.sql("""
					insert into directives.attachment (directive_id, evidence, file_name, content_type, size, content, uploaded_by)
					values (:directiveId, :evidence, :fileName, :contentType, :size, :content, :actor)
					returning id
					""")
			.param("directiveId", directiveId)
			.param("evidence", evidence)
			.param("fileName", fileName)
			.param("contentType", contentType)
			.param("size", content.length)
			.param("content", content)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	public List<Attachment> attachments(long directiveId) {
		return this.jdbc.sql("""
				select id, directive_id, evidence, file_name, content_type, size, uploaded_by, uploaded_at
				  from directives.attachment where directive_id = :id and not evidence order by uploaded_at, id
				""").param("id", directiveId).query(DirectiveRepository::attachment).list();
	}

	public Optional<AttachmentContent> attachmentContent(long attachmentId) {
		return this.jdbc.sql("""
				select id, directive_id, evidence, file_name, content_type, size, uploaded_by, uploaded_at, content
				  from directives.attachment where id = :id
				""")
			.param("id", attachmentId)
			.query((rs, rowNum) -> new AttachmentContent(attachment(rs, rowNum), rs.getBytes("content")))
			.optional();
	}

	/**
	 * The unit whose action record holds the attachment as its evidence, if any.
	 */
	public Optional<Long> evidenceUnit(long attachmentId) {
		return this.jdbc.sql("select unit_id from directives.action_record where evidence_id = :id limit 1")
			.param("id", attachmentId)
			.query(Long.class)
			.optional();
	}

	static Directive directive(ResultSet rs, int rowNum) throws SQLException {
		return new Directive(rs.getLong("id"), DirectiveType.valueOf(rs.getString("type")), rs.getString("symbol"),
				rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"), rs.getString("summary"),
				rs.getString("fields"), DirectiveStatus.valueOf(rs.getString("status")),
				rs.getObject("replaced_by", Long.class), rs.getString("replaced_by_symbol"),
				rs.getObject("owner_unit_id", Long.class), rs.getInt("version"), rs.getString("name"),
				rs.getObject("issuer_unit_id", Long.class));
	}

	/**
	 * Sets the issuing unit of a directive that has none (the catalogue's local
	 * documents, once the tree they belong to is there).
	 */
	public void setIssuerUnit(long id, long issuerUnitId) {
		this.jdbc
			.sql("update directives.directive set issuer_unit_id = :unit where id = :id and issuer_unit_id is null")
			.param("id", id)
			.param("unit", issuerUnitId)
			.update();
	}

	/**
	 * The directive's aliases, in their order.
	 */
	public List<String> aliases(long id) {
		return this.jdbc.sql("select alias from directives.directive_alias where directive_id = :id order by position")
			.param("id", id)
			.query(String.class)
			.list();
	}

	/**
	 * Every alias, by directive, in their order (for the recogniser).
	 */
	public java.util.Map<Long, List<String>> allAliases() {
		java.util.Map<Long, List<String>> aliases = new java.util.HashMap<>();
		this.jdbc.sql("select directive_id, alias from directives.directive_alias order by directive_id, position")
			.query((rs) -> {
				aliases.computeIfAbsent(rs.getLong("directive_id"), (k) -> new java.util.ArrayList<>())
					.add(rs.getString("alias"));
			});
		return aliases;
	}

	/**
	 * Serialises the checks that a name or alias is free within an issuer's scope until
	 * the end of the transaction.
	 */
	public void lockNames() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('directives.directive_alias'))").query().singleRow();
	}

	public void replaceAliases(long id, List<String> aliases) {
		this.jdbc.sql("delete from directives.directive_alias where directive_id = :id").param("id", id).update();
		int position = 0;
		for (String alias : aliases) {
			this.jdbc.sql("""
					insert into directives.directive_alias (directive_id, position, alias, alias_key)
					values (:id, :position, :alias, :key)
					""")
				.param("id", id)
				.param("position", position++)
				.param("alias", alias)
				.param("key", vn.danvan.directives.recognition.NameKey.of(alias))
				.update();
		}
	}

	/**
	 * The directives (other than {@code exceptId}) whose name or an alias has the key, to
	 * refuse an alias another directive of the same issuer already answers to.
	 */
	public List<Directive> withNameKey(String key, long exceptId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ """
							  from directives.directive d
							 where d.id <> :id
							   and (d.name_key = :key
							        or exists (select 1 from directives.directive_alias a where a.directive_id = d.id and a.alias_key = :key))
							""")
			.param("id", exceptId)
			.param("key", key)
			.query(DirectiveRepository::directive)
			.list();
	}

	static Attachment attachment(ResultSet rs, int rowNum) throws SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("directive_id"), rs.getBoolean("evidence"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", java.time.OffsetDateTime.class).toInstant());
	}

}

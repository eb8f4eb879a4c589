package vn.danvan.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.security.Role;

@Repository
class UserRepository {

	private static final String SELECT_USER = """
			select u.id, u.username, u.display_name, u.email, u.password_hash, u.enabled, u.unit_id, u.version, u.must_change_password,
			       coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
			  from accounts.app_user u
			  left join accounts.user_role r on r.user_id = u.id
			""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredUser> findByUsername(String username) {
		return this.jdbc.sql(SELECT_USER + " where u.username = :username group by u.id")
			.param("username", username)
			.query(UserRepository::mapRow)
			.optional();
	}

	java.util.Map<String, String> displayNames(java.util.List<String> usernames) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select username, display_name from accounts.app_user where username = any(?)")
			.param(usernames.toArray(String[]::new))
			.query((java.sql.ResultSet rs) -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		return names;
	}

	java.util.List<UserAccount> findByUnit(long unitId) {
		return this.jdbc.sql(SELECT_USER + " where u.unit_id = :unit and u.enabled group by u.id order by u.username")
			.param("unit", unitId)
			.query(UserRepository::mapRow)
			.list()
			.stream()
			.map(StoredUser::account)
			.toList();
	}

	Optional<StoredUser> findById(long id) {
		return this.jdbc.sql(SELECT_USER + " where u.id = :id group by u.id")
			.param("id", id)
			.query(UserRepository::mapRow)
			.optional();
	}

	/**
	 * Users bound to one of the units (all users when {@code unitIds} is null), whose
	 * name contains the text.
	 */
	List<StoredUser> list(Collection<Long> unitIds, String text, int limit) {
		return this.jdbc
			.sql(SELECT_USER
					+ """
							 where (cast(:all as boolean) or u.unit_id = any(:unitIds))
							   and (cast(:text as text) is null
							        or lower(public.unaccent(u.username || ' ' || u.display_name)) like '%' || lower(public.unaccent(:text)) || '%')
							 group by u.id
							 order by u.display_name collate "vi-x-icu", u.username
							 limit :limit
							""")
			.param("all", unitIds == null)
			.param("unitIds", (unitIds != null) ? unitIds.toArray(Long[]::new) : new Long[0])
			.param("text", (text == null || text.isBlank()) ? null : text.trim())
			.param("limit", limit)
			.query(UserRepository::mapRow)
			.list();
	}

	boolean update(long id, int expectedVersion, String displayName, String email, boolean enabled, Long unitId) {
		return this.jdbc.sql("""
				update accounts.app_user
				   set display_name = :displayName, email = :email, enabled = :enabled, unit_id = :unitId,
				       version = version + 1, updated_at = now()
				 where id = :id and version = :version
				""")
			.param("displayName", displayName)
			.param("email", email)
			.param("enabled", enabled)
			.param("unitId", unitId)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	void replaceRoles(long userId, Set<Role> roles) {
		this.jdbc.sql("delete from accounts.user_role where user_id = :userId").param("userId", userId).update();
		addRoles(userId, roles);
	}

	boolean exists(String username) {
		return this.jdbc.sql("select exists (select 1 from accounts.app_user where username = :username)")
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Inserts the user unless the name is taken; returns the new id, or empty when it was
	 * taken.
	 */
	Optional<Long> insertIfAbsent(String username, String displayName, String email, String passwordHash, Long unitId,
			boolean mustChangePassword) {
		return this.jdbc
			.sql("""
					insert into accounts.app_user (username, display_name, email, password_hash, unit_id, must_change_password)
					values (:username, :displayName, :email, :passwordHash, :unitId, :mustChange)
					on conflict (username) do nothing
					returning id
					""")
			.param("username", username)
			.param("displayName", displayName)
			.param("email", email)
			.param("passwordHash", passwordHash)
			.param("unitId", unitId)
			.param("mustChange", mustChangePassword)
			.query(Long.class)
			.optional();
	}

	void addRoles(long userId, Set<Role> roles) {
		for (Role role : roles) {
			this.jdbc.sql("insert into accounts.user_role (user_id, role) values (:userId, :role)")
				.param("userId", userId)
				.param("role", role.name())
				.update();
		}
	}

	/**
	 * Replaces the password hash if the row is still at {@code expectedVersion}; false
	 * when someone changed it first. {@code mustChange}: the user must change it at the
	 * next sign-in (an administrator reset it), or not (the user chose it).
	 */
	boolean updatePassword(long userId, int expectedVersion, String passwordHash, boolean mustChange) {
		return this.jdbc.sql("""
				update accounts.app_user
				   set password_hash = :passwordHash, must_change_password = :mustChange, version = version + 1,
				       updated_at = now()
				 where id = :id and version = :version
				""")
			.param("passwordHash", passwordHash)
			.param("mustChange", mustChange)
			.param("id", userId)
			.param("version", expectedVersion)
			.update() == 1;
	}

	private static StoredUser mapRow(ResultSet rs, int rowNum) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Array array = rs.getArray("roles");
		for (Object role : (Object[]) array.getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		Long unitId = rs.getObject("unit_id", Long.class);
		UserAccount account = new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Set.copyOf(roles), rs.getBoolean("enabled"), unitId);
		return new StoredUser(account, rs.getString("password_hash"), rs.getInt("version"),
				rs.getBoolean("must_change_password"));
	}

	/**
	 * @param mustChangePassword the password was given by an administrator (initial or
	 * reset): the user changes it before anything else
	 */
	record StoredUser(UserAccount account, String passwordHash, int version, boolean mustChangePassword) {
	}

}

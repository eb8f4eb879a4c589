package vn.danvan.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.danvan.DanvanApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SPRING_DATASOURCE_URL} set, Danvan starts no embedded database and migrates
 * the external one. A separate PostgreSQL server plays the external database; this test
 * starts its own application context on purpose, because that context must not be the
 * shared one.
 */
class ExternalDatabaseTests {

	@Test
	void anExternalDatabaseIsMigratedAndNoEmbeddedServerStarts() throws Exception {
		try (EmbeddedPostgresServer external = EmbeddedPostgresServer.startEphemeral();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(DanvanApplication.class).run(
						"--server.port=0", "--spring.datasource.url=" + external.jdbcUrl(),
						"--spring.datasource.username=" + external.username(), "--spring.datasource.password=",
						"--danvan.accounts.admin-password=Mat-khau-ngoai-1",
						"--danvan.data-dir=target/external-db-test", "--spring.main.banner-mode=off")) {
			assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
			assertThat(tables(external.jdbcUrl())).contains("accounts.app_user", "accounts.audit_log",
					"web.http_session", "public.event_publication", "public.flyway_schema_history_accounts");
			assertThat(extensions(external.jdbcUrl())).contains("unaccent", "pg_trgm");
		}
	}

	static List<String> tables(String url) throws Exception {
		return list(url, "select table_schema || '.' || table_name from information_schema.tables "
				+ "where table_schema in ('accounts', 'web', 'public')");
	}

	static List<String> extensions(String url) throws Exception {
		return list(url, "select extname from pg_extension");
	}

	static List<String> list(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

}

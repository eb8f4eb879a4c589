package vn.danvan.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used when no {@code spring.datasource.url} is set.
 *
 * @param ephemeral a throw-away database in a temporary directory (tests), instead of
 * {@code <data-dir>/pg}
 * @param port the port on localhost, 0 for any free port
 */
@ConfigurationProperties("danvan.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("false") boolean ephemeral, @DefaultValue("0") int port) {
}

package vn.danvan.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that concern the whole application: where it keeps its files (the embedded
 * database, the initial administrator password) and the time zone figures and documents
 * are dated in.
 */
@ConfigurationProperties("danvan")
public record DanvanProperties(@DefaultValue("./data") Path dataDir) {

	public Path dataDir() {
		return this.dataDir.toAbsolutePath().normalize();
	}

}

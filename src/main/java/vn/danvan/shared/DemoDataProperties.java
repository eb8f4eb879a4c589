package vn.danvan.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data for a fresh installation ({@code danvan.demo-data.enabled}, on by default):
 * each module loads its part only when the organisation tree is empty (units) or its own
 * tables are (the others).
 */
@ConfigurationProperties("danvan.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}

package vn.danvan.units;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data for a fresh installation ({@code danvan.demo-data.enabled}, on by default):
 * loaded only when the organisation tree is empty.
 */
@ConfigurationProperties("danvan.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}

package vn.danvan.analytics.maps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The boundary map of provinces ({@code danvan.analytics.*}).
 *
 * @param maxGeojsonSize the largest GeoJSON file accepted; keep it below
 * {@code spring.servlet.multipart.max-file-size} so that a too large file gets this
 * module's message
 */
@ConfigurationProperties("danvan.analytics")
record BoundaryMapProperties(@DefaultValue("20MB") DataSize maxGeojsonSize) {
}

package vn.danvan.reporting.submissions;

/**
 * Marks the REST controllers of reporting, whose unreadable bodies and parameters
 * {@link ReportingApiParameters} answers; page controllers of the package do not
 * implement it.
 */
public interface ReportingApi {

}

package vn.danvan.reporting.submissions;

/**
 * Marks the REST controllers of reporting, whose errors {@link ReportingApiProblems}
 * answers; page controllers of the package do not implement it.
 */
public interface ReportingApi {

}

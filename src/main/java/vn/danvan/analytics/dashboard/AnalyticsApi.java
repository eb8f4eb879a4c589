package vn.danvan.analytics.dashboard;

/**
 * Marks the analytics API controllers, whose errors {@link AnalyticsApiProblems} answers.
 */
interface AnalyticsApi {

}

package vn.danvan.analytics.web;

/**
 * Marks the analytics API controllers, whose errors {@link AnalyticsApiProblems} answers.
 */
interface AnalyticsApi {

}

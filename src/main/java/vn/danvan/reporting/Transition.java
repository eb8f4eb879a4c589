package vn.danvan.reporting;

import java.time.Instant;

/**
 * A state change of a submission, with who made it and the comment or reason.
 */
public record Transition(SubmissionState from, SubmissionState to, String actor, Instant at, String comment) {

}

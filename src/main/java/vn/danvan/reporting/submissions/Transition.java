package vn.danvan.reporting.submissions;

import java.time.Instant;
import vn.danvan.reporting.SubmissionState;

/**
 * A state change of a submission, with who made it and the comment or reason.
 */
public record Transition(SubmissionState from, SubmissionState to, String actor, Instant at, String comment) {

}

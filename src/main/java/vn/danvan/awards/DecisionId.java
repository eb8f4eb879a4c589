package vn.danvan.awards;

/**
 * The identity of a commendation decision.
 */
public record DecisionId(long value) {

}

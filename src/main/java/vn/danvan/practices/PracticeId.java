package vn.danvan.practices;

/**
 * The identity of a registered model or exemplary person.
 */
public record PracticeId(long value) {

}

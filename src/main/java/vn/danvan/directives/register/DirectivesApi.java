package vn.danvan.directives.register;

/**
 * Marks the directive API controllers (of every feature), whose unconvertible parameters
 * {@link DirectivesApiParameters} answers (every other refusal: {@code web.Refusals}).
 */
public interface DirectivesApi {

}

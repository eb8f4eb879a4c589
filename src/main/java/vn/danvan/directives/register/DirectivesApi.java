package vn.danvan.directives.register;

/**
 * Marks the directive API controllers (of every feature), whose errors
 * {@link DirectivesApiProblems} answers.
 */
public interface DirectivesApi {

}

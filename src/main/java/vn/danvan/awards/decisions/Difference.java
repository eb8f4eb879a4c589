package vn.danvan.awards.decisions;

/**
 * A field saved by someone else since the edit started: what is stored, what the user
 * entered.
 */
record Difference(String field, String stored, String yours) {

}

package vn.danvan.practices.registry;

/**
 * An entry of a list the administrator manages: a field, a target group or a year's
 * theme.
 */
public record PracticeOption(String list, String code, String name, int position, boolean active) {

	public static final String FIELD = "FIELD";

	public static final String TARGET_GROUP = "TARGET_GROUP";

	public static final String THEME = "THEME";

}

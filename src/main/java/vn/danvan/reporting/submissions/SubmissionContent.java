package vn.danvan.reporting.submissions;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The values of a submission by cell key ({@code CODE} or {@code CODE.ITEM}): numbers as
 * {@link BigDecimal} (yes/no as 1/0), texts as strings; narratives by section id.
 */
public record SubmissionContent(Map<String, BigDecimal> numbers, Map<String, String> texts,
		Map<Long, String> narratives) {

	public static final SubmissionContent EMPTY = new SubmissionContent(Map.of(), Map.of(), Map.of());

}

package vn.danvan.reporting.submissions;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The values of a submission by cell key ({@code CODE} or {@code CODE.ITEM}): numbers as
 * {@link BigDecimal} (yes/no as 1/0), texts as strings; narratives by section id; and the
 * text a person typed into a cell that could not be read as its value ({@code raw}),
 * which a draft keeps so that no typed work is lost but which cannot be handed in.
 */
public record SubmissionContent(Map<String, BigDecimal> numbers, Map<String, String> texts,
		Map<Long, String> narratives, Map<String, String> raw) {

	public static final SubmissionContent EMPTY = new SubmissionContent(Map.of(), Map.of(), Map.of(), Map.of());

	public SubmissionContent(Map<String, BigDecimal> numbers, Map<String, String> texts, Map<Long, String> narratives) {
		this(numbers, texts, narratives, Map.of());
	}

	public SubmissionContent {
		raw = (raw != null) ? raw : Map.of();
	}

}

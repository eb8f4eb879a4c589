package vn.danvan.directives.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.directives.TestCatalogue;
import vn.danvan.directives.Directive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the recogniser on the sentences of
 * {@code directives/sentences.txt} (sources given there). A reference counts as found
 * only when its outcome (the directive it resolves to, or that it is unknown) is the one
 * expected; the numbers are logged and recorded in docs/measurements.md.
 */
class DirectiveRecognitionQualityTests {

	private static final Logger log = LoggerFactory.getLogger(DirectiveRecognitionQualityTests.class);

	@Test
	void precisionAndRecallOnRealSentences() throws IOException {
		List<Sample> samples = samples();
		int expectedTotal = 0;
		int foundTotal = 0;
		int correct = 0;
		List<String> misses = new ArrayList<>();
		for (Sample sample : samples) {
			List<String> found = new ArrayList<>(TestCatalogue.outcomes(sample.text()));
			List<String> expected = new ArrayList<>(sample.expected());
			expectedTotal += expected.size();
			foundTotal += found.size();
			List<String> unmatched = new ArrayList<>(found);
			for (String outcome : expected) {
				if (unmatched.remove(outcome)) {
					correct++;
				}
				else {
					misses.add("missed " + outcome + " in: " + sample.text());
				}
			}
			unmatched.forEach((extra) -> misses.add("extra " + extra + " in: " + sample.text()));
		}
		double precision = (foundTotal == 0) ? 1 : (double) correct / foundTotal;
		double recall = (expectedTotal == 0) ? 1 : (double) correct / expectedTotal;
		log.info(
				"Directive recognition on {} sentences: {} references expected, {} found, {} correct; "
						+ "precision {}, recall {}",
				samples.size(), expectedTotal, foundTotal, correct, String.format("%.3f", precision),
				String.format("%.3f", recall));
		misses.forEach(log::info);
		assertThat(samples).hasSizeGreaterThanOrEqualTo(40);
		assertThat(precision).as("precision; %s", misses).isGreaterThanOrEqualTo(0.95);
		assertThat(recall).as("recall; %s", misses).isGreaterThanOrEqualTo(0.90);
	}

	static List<Sample> samples() throws IOException {
		List<Sample> samples = new ArrayList<>();
		try (InputStream in = DirectiveRecognitionQualityTests.class.getResourceAsStream("/directives/sentences.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String sentence = null;
			for (String line : text.split("\n")) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				if (line.startsWith("=>")) {
					String outcomes = line.substring(2).trim();
					List<String> expected = outcomes.isEmpty() ? List.of()
							: Arrays.stream(outcomes.split(" \\| ")).map(String::trim).toList();
					samples.add(new Sample(sentence, expected));
					sentence = null;
				}
				else {
					sentence = line.replaceFirst("^\\[[A-Z]\\] ", "");
				}
			}
		}
		return samples;
	}

	record Sample(String text, List<String> expected) {
	}

}

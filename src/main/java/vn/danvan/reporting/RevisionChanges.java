package vn.danvan.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.submissions.SubmissionContent;

/**
 * The changes a save makes to a report, as its revision lists them: numbers as written in
 * Vietnamese, narratives shortened to 200 characters. Used by {@link Submissions} for the
 * revision and the preview.
 */
final class RevisionChanges {

	private RevisionChanges() {
	}

	/**
	 * What differs between two contents of a report, cell by cell and narrative by
	 * narrative, with the labels of the template.
	 */
	static List<Revision.Change> between(TemplateStructure structure, SubmissionContent before,
			SubmissionContent after) {
		List<Revision.Change> changes = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		keys.addAll(before.numbers().keySet());
		keys.addAll(before.texts().keySet());
		keys.addAll(after.numbers().keySet());
		keys.addAll(after.texts().keySet());
		keys.addAll(before.raw().keySet());
		keys.addAll(after.raw().keySet());
		for (String key : keys) {
			String old = shown(before, key);
			String now = shown(after, key);
			if (!old.equals(now)) {
				changes.add(new Revision.Change(key, structure.label(key), old, now));
			}
		}
		Set<Long> sections = new LinkedHashSet<>(before.narratives().keySet());
		sections.addAll(after.narratives().keySet());
		for (Long sectionId : sections) {
			String old = before.narratives().getOrDefault(sectionId, "");
			String now = after.narratives().getOrDefault(sectionId, "");
			if (!old.equals(now)) {
				String key = TemplateStructure.narrativeKey(sectionId);
				changes.add(new Revision.Change(key, structure.label(key), abbreviated(old), abbreviated(now)));
			}
		}
		return changes;
	}

	private static String shown(SubmissionContent content, String key) {
		BigDecimal number = content.numbers().get(key);
		if (number != null) {
			return VietnameseNumbers.format(number);
		}
		String text = content.texts().get(key);
		return (text != null) ? text : content.raw().getOrDefault(key, "");
	}

	private static String abbreviated(String text) {
		String clean = VietnameseText.clean(text);
		return (clean.length() > 200) ? clean.substring(0, 199) + "…" : clean;
	}

}

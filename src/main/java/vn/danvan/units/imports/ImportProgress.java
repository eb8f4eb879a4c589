package vn.danvan.units.imports;

/**
 * Told the steps an import of a reorganisation reaches, in order, so that a long import
 * can show a progress bar.
 */
@FunctionalInterface
public interface ImportProgress {

	/** Progress nobody follows. */
	ImportProgress NONE = (step) -> {
	};

	void reached(Step step);

	/**
	 * The steps of an import, each with the share of the work done when it starts (in
	 * percent, measured on the official lists) and its message key.
	 */
	enum Step {

		STARTING(0), READING_BEFORE(2), READING_AFTER(30), READING_LINKS(45), PLANNING(60), WRITING_UNITS(70),
		WRITING_VERSIONS(75), WRITING_SUCCESSIONS(92), FINISHED(100);

		private final int percent;

		Step(int percent) {
			this.percent = percent;
		}

		public int percent() {
			return this.percent;
		}

		public String messageKey() {
			return "unitImport.official.step." + name();
		}

	}

}

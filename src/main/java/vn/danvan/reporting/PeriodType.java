package vn.danvan.reporting;

/**
 * The kind of reporting period (kỳ báo cáo).
 */
public enum PeriodType {

	MONTHLY, QUARTERLY, SIX_MONTH, ANNUAL, MULTI_YEAR, AD_HOC;

	public String messageKey() {
		return "reporting.periodType." + name();
	}

}

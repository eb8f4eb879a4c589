package vn.danvan.reporting.catalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese alphabetical order for names sorted in Java ("Đắk Lắk" after "Dương").
 */
public final class VietnameseOrder {

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal
		.withInitial(() -> Collator.getInstance(Locale.forLanguageTag("vi")));

	public static final Comparator<String> COMPARATOR = (a, b) -> COLLATOR.get().compare(a, b);

	private VietnameseOrder() {
	}

}

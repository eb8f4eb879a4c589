package vn.danvan.awards.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.awards.Decision;
import vn.danvan.awards.RecipientKind;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The recipients' list of a decision from a spreadsheet, the usual annex: columns STT,
 * loại (Tập thể / Cá nhân), họ tên or tên tập thể, chức vụ, đơn vị (code or name, within
 * the issuing unit's subtree), the first row being the header. Every wrong line is listed
 * ({@code lines} of the refusal) and nothing is saved when one is wrong.
 */
@Component
class RecipientImport {

	static final int MAX_ROWS = 5_000;

	private final DecisionBook book;

	private final Units units;

	private final MessageSource messages;

	RecipientImport(DecisionBook book, Units units, MessageSource messages) {
		this.book = book;
		this.units = units;
		this.messages = messages;
	}

	@Transactional
	public Decision importRecipients(ScopedUser user, long decisionId, InputStream xlsx) {
		Decision decision = this.book.get(user, decisionId);
		if (!this.book.canEdit(user, decision.issuingUnitId())) {
			// the book refuses it the same way
			return this.book.addRecipients(user, decisionId, List.of(), true);
		}
		LocalDate today = UnitScope.today();
		List<Unit> subtree = new ArrayList<>();
		this.units.find(decision.issuingUnitId(), today).ifPresent(subtree::add);
		subtree.addAll(this.units.descendants(decision.issuingUnitId(), today, null));
		List<RecipientForm> forms = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		try (Workbook workbook = WorkbookFactory.create(xlsx)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(locale);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new RejectedException("file", "awards.import.tooManyRows", MAX_ROWS);
			}
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				String kindText = cell(row, 1, formatter);
				String name = cell(row, 2, formatter);
				String title = cell(row, 3, formatter);
				String unitText = cell(row, 4, formatter);
				if (kindText.isEmpty() && name.isEmpty() && title.isEmpty() && unitText.isEmpty()) {
					continue;
				}
				int line = i + 1;
				RecipientKind kind = kind(kindText);
				if (kind == null) {
					errors.add(line(line, "awards.import.badKind", locale, kindText));
					continue;
				}
				if (kind == RecipientKind.INDIVIDUAL && name.isEmpty()) {
					errors.add(line(line, "awards.error.nameRequired", locale));
					continue;
				}
				if (unitText.isEmpty()) {
					errors.add(line(line, "awards.error.unitRequired", locale));
					continue;
				}
				Optional<Unit> unit = unit(subtree, unitText);
				if (unit.isEmpty()) {
					errors.add(line(line, "awards.import.unknownUnit", locale, unitText));
					continue;
				}
				RecipientForm form = new RecipientForm(kind, name, title, unit.get().id(), null);
				try {
					forms.add(this.book.validate(user, decision, form));
				}
				catch (RejectedException ex) {
					errors.add(line(line, ex.messageKey(), locale, ex.arguments()));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RejectedException rejected) {
				throw rejected;
			}
			throw new RejectedException("file", "awards.import.unreadable");
		}
		if (!errors.isEmpty()) {
			throw new RejectedException("file", "awards.import.failed", errors.size()).with("lines", errors);
		}
		if (forms.isEmpty()) {
			throw new RejectedException("file", "awards.import.empty");
		}
		return this.book.addRecipients(user, decisionId, forms, true);
	}

	private String line(int line, String key, Locale locale, Object... args) {
		return this.messages.getMessage("awards.import.line", new Object[] { line }, locale) + " "
				+ this.messages.getMessage(key, args, key, locale);
	}

	private static String cell(Row row, int column, DataFormatter formatter) {
		if (row == null) {
			return "";
		}
		Cell cell = row.getCell(column);
		return (cell == null) ? "" : formatter.formatCellValue(cell).strip().replaceAll("\\s+", " ");
	}

	static RecipientKind kind(String text) {
		String key = key(text);
		if (key.equals("tap the") || key.equals("collective")) {
			return RecipientKind.COLLECTIVE;
		}
		if (key.equals("ca nhan") || key.equals("individual")) {
			return RecipientKind.INDIVIDUAL;
		}
		return null;
	}

	static Optional<Unit> unit(List<Unit> subtree, String text) {
		String key = key(text);
		for (Unit u : subtree) {
			if (u.code().equalsIgnoreCase(text)) {
				return Optional.of(u);
			}
		}
		for (Unit u : subtree) {
			if (key(u.fullName()).equals(key) || key(u.name()).equals(key)) {
				return Optional.of(u);
			}
		}
		return Optional.empty();
	}

	static String key(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}

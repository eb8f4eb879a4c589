package vn.danvan.awards.decisions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.danvan.awards.AwardForm;
import vn.danvan.awards.Decision;
import vn.danvan.awards.Recipient;
import vn.danvan.awards.RecipientKind;
import vn.danvan.documents.PartyList;
import vn.danvan.documents.PartyLists;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The list attached to a decision, as officials file it: "DANH SÁCH / TẬP THỂ, CÁ NHÂN
 * ĐƯỢC TẶNG GIẤY KHEN / (Kèm theo Quyết định số 12-QĐ/BDVTU, ngày 15/11/2026)", under the
 * issuing body's header, with "I- TẬP THỂ (n)" and "II- CÁ NHÂN (n)" tables in the
 * decision's order. Units are named as they were on the decision's date. A decision with
 * no recipient has no list (refused, nothing empty is issued).
 */
@Component
class DecisionAnnex {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DecisionBook book;

	private final Units units;

	private final PartyLists lists;

	private final MessageSource messages;

	DecisionAnnex(DecisionBook book, Units units, PartyLists lists, MessageSource messages) {
		this.book = book;
		this.units = units;
		this.lists = lists;
		this.messages = messages;
	}

	/**
	 * The annex of a decision in the user's scope, as a DOCX file.
	 */
	File docx(ScopedUser user, long id) {
		Decision decision = this.book.get(user, id);
		PartyList list = list(decision);
		return new File(list.fileName(), this.lists.docx(list));
	}

	PartyList list(Decision decision) {
		if (decision.recipients().isEmpty()) {
			throw new RejectedException(null, "awards.error.annexEmpty");
		}
		Map<Long, String> names = names(decision);
		List<List<String>> collectives = new ArrayList<>();
		List<List<String>> individuals = new ArrayList<>();
		for (Recipient r : decision.recipients()) {
			String unit = names.getOrDefault(r.unitId(), "");
			if (r.kind() == RecipientKind.COLLECTIVE) {
				boolean named = r.name() != null && !r.name().isBlank();
				collectives
					.add(List.of(String.valueOf(collectives.size() + 1), named ? r.name() : unit, named ? unit : ""));
			}
			else {
				individuals.add(List.of(String.valueOf(individuals.size() + 1), r.name(),
						(r.jobTitle() != null) ? r.jobTitle() : "", unit));
			}
		}
		List<PartyList.Table> tables = new ArrayList<>();
		String[] numerals = { "I", "II" };
		if (!collectives.isEmpty()) {
			// The column of the unit a named collective belongs to only when one is
			// named.
			boolean named = collectives.stream().anyMatch((row) -> !row.get(2).isEmpty());
			tables.add(new PartyList.Table(numerals[tables.size()] + "- TẬP THỂ (" + collectives.size() + ")", named
					? List.of(new PartyList.Column("STT", 8, true), new PartyList.Column("Tên tập thể", 52, false),
							new PartyList.Column("Thuộc đơn vị", 40, false))
					: List.of(new PartyList.Column("STT", 8, true), new PartyList.Column("Tên tập thể", 92, false)),
					named ? collectives : collectives.stream().map((row) -> row.subList(0, 2)).toList()));
		}
		if (!individuals.isEmpty()) {
			tables.add(new PartyList.Table(numerals[tables.size()] + "- CÁ NHÂN (" + individuals.size() + ")",
					List.of(new PartyList.Column("STT", 8, true), new PartyList.Column("Họ và tên", 28, false),
							new PartyList.Column("Chức vụ", 34, false), new PartyList.Column("Đơn vị", 30, false)),
					individuals));
		}
		String who = (collectives.isEmpty()) ? "CÁ NHÂN" : (individuals.isEmpty()) ? "TẬP THỂ" : "TẬP THỂ, CÁ NHÂN";
		String date = VietnamTime.DATE.format(decision.decidedOn());
		return new PartyList(decision.issuingUnitId(), decision.decidedOn(), "DANH SÁCH",
				who + " " + awarded(decision.form()),
				"(Kèm theo Quyết định số " + decision.number() + ", ngày " + date + ")", tables,
				VietnameseText.fileName("Danh sách khen thưởng " + decision.number() + " " + date) + ".docx");
	}

	/**
	 * "ĐƯỢC TẶNG GIẤY KHEN", "ĐƯỢC BIỂU DƯƠNG".
	 */
	private String awarded(AwardForm form) {
		String name = this.messages.getMessage(form.messageKey(), null, VIETNAMESE).toUpperCase(VIETNAMESE);
		return (form == AwardForm.BIEU_DUONG) ? "ĐƯỢC " + name : "ĐƯỢC TẶNG " + name;
	}

	/**
	 * The recipients' units by their full names on the decision's date (today's name for
	 * a unit that did not exist then).
	 */
	private Map<Long, String> names(Decision decision) {
		Set<Long> ids = new HashSet<>();
		decision.recipients().forEach((r) -> ids.add(r.unitId()));
		Map<Long, String> names = new HashMap<>();
		for (Unit u : this.units.findAll(ids, UnitScope.today())) {
			names.put(u.id(), u.fullName());
		}
		for (Unit u : this.units.findAll(ids, decision.decidedOn())) {
			names.put(u.id(), u.fullName());
		}
		return names;
	}

	/**
	 * A generated file and the name it is downloaded under.
	 */
	record File(String name, byte[] content) {

		static final MediaType DOCX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		ResponseEntity<byte[]> download() {
			return ResponseEntity.ok()
				.contentType(DOCX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(this.name, StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(this.content);
		}

	}

}

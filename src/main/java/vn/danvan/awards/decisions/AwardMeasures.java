package vn.danvan.awards.decisions;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import vn.danvan.awards.AwardForm;
import vn.danvan.awards.RecipientKind;
import vn.danvan.shared.figures.Measure;
import vn.danvan.shared.figures.MeasureFilter;
import vn.danvan.shared.figures.MeasureQuery;
import vn.danvan.shared.figures.MeasureSource;
import vn.danvan.shared.figures.MeasureValue;

/**
 * The published measure {@code awards.recipients}: the recipients of the decisions issued
 * by the unit and the units below within the window (by decision date), filtered by
 * {@code form}, {@code kind} (collective or individual) and {@code campaign} (any text,
 * compared without diacritics).
 */
@Component
class AwardMeasures implements MeasureSource {

	static final String RECIPIENTS = "awards.recipients";

	private final DecisionRepository decisions;

	private final DecisionBook book;

	AwardMeasures(DecisionRepository decisions, DecisionBook book) {
		this.decisions = decisions;
		this.book = book;
	}

	@Override
	public List<Measure> measures() {
		Map<String, String> forms = new LinkedHashMap<>();
		forms.put(AwardForm.GIAY_KHEN.name(), "Giấy khen");
		forms.put(AwardForm.BANG_KHEN.name(), "Bằng khen");
		forms.put(AwardForm.CO_THI_DUA.name(), "Cờ thi đua");
		forms.put(AwardForm.KY_NIEM_CHUONG.name(), "Kỷ niệm chương");
		forms.put(AwardForm.BIEU_DUONG.name(), "Biểu dương");
		return List.of(new Measure(RECIPIENTS, "awards.measure.recipients", "awards.measure.noun",
				List.of(new MeasureFilter("form", "awards.field.form", forms),
						new MeasureFilter("kind", "awards.field.kind",
								Map.of(RecipientKind.COLLECTIVE.name(), "Tập thể", RecipientKind.INDIVIDUAL.name(),
										"Cá nhân")),
						new MeasureFilter("campaign", "awards.field.campaign", Map.of()))));
	}

	@Override
	@Transactional(readOnly = true)
	public MeasureValue evaluate(String measure, Map<String, String> filters, MeasureQuery query) {
		if (!RECIPIENTS.equals(measure)) {
			throw new IllegalArgumentException("unknown measure " + measure);
		}
		Measure published = measures().get(0);
		filters.forEach((name, value) -> {
			if (!published.accepts(name, value)) {
				throw new IllegalArgumentException("measure " + measure + " has no filter " + name + "=" + value);
			}
		});
		DecisionSearch search = search(filters, query);
		Collection<Long> units = this.book.subtree(query.unitId(), query.treeDate());
		long count = this.decisions.countRecipients(search, units);
		return new MeasureValue(BigDecimal.valueOf(count), link(search));
	}

	static DecisionSearch search(Map<String, String> filters, MeasureQuery query) {
		String form = filters.get("form");
		String kind = filters.get("kind");
		return new DecisionSearch(null, (form != null) ? AwardForm.valueOf(form) : null, null, query.unitId(),
				query.from(), query.to(), (kind != null) ? RecipientKind.valueOf(kind) : null, filters.get("campaign"));
	}

	static String link(DecisionSearch s) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/awards").queryParam("unit", s.unit());
		add(uri, "form", (s.form() != null) ? s.form().name() : null);
		add(uri, "from", s.from());
		add(uri, "to", s.to());
		add(uri, "kind", (s.kind() != null) ? s.kind().name() : null);
		add(uri, "campaign", s.campaign());
		return uri.build().encode().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}

package vn.danvan.practices.registry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.practices.RecognitionLevel;
import vn.danvan.shared.figures.Measure;
import vn.danvan.shared.figures.MeasureFilter;
import vn.danvan.shared.figures.MeasureQuery;
import vn.danvan.shared.figures.MeasureSource;
import vn.danvan.shared.figures.MeasureValue;

/**
 * The registry's published measures, each counted for a unit's subtree and a window
 * exactly as the list behind it filters:
 * <ul>
 * <li>{@code practices.registered}: registered in the window (filters {@code field},
 * {@code kind}, {@code subject});</li>
 * <li>{@code practices.effective}: of those, the ones whose latest evaluation found them
 * effective;</li>
 * <li>{@code practices.recognised}: recognised in the window (filters {@code level},
 * {@code kind}, {@code subject});</li>
 * <li>{@code practices.proposed-for-award}: of those, the ones proposed for an
 * award.</li>
 * </ul>
 */
@Component
class PracticeMeasures implements MeasureSource {

	static final String REGISTERED = "practices.registered";

	static final String EFFECTIVE = "practices.effective";

	static final String RECOGNISED = "practices.recognised";

	static final String PROPOSED = "practices.proposed-for-award";

	private final PracticeRepository practices;

	private final PracticeRegistry registry;

	PracticeMeasures(PracticeRepository practices, PracticeRegistry registry) {
		this.practices = practices;
		this.registry = registry;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Measure> measures() {
		Map<String, String> fields = new LinkedHashMap<>();
		this.practices.options(PracticeOption.FIELD).forEach((o) -> fields.put(o.code(), o.name()));
		MeasureFilter field = new MeasureFilter("field", "practices.field.fields", fields);
		MeasureFilter kind = new MeasureFilter("kind", "practices.field.kind",
				Map.of(PracticeKind.MODEL.itemCode(), "Mô hình", PracticeKind.EXEMPLAR.itemCode(), "Điển hình"));
		MeasureFilter subject = new MeasureFilter("subject", "practices.field.subject",
				Map.of(PracticeSubject.COLLECTIVE.name(), "Tập thể", PracticeSubject.INDIVIDUAL.name(), "Cá nhân"));
		MeasureFilter level = new MeasureFilter("level", "practices.field.level",
				Map.of(RecognitionLevel.COMMUNE.name(), "Cấp xã", RecognitionLevel.PROVINCE.name(), "Cấp tỉnh",
						RecognitionLevel.CENTRAL.name(), "Cấp Trung ương"));
		return List.of(
				new Measure(REGISTERED, "practices.measure.registered", "practices.measure.noun",
						List.of(field, kind, subject)),
				new Measure(EFFECTIVE, "practices.measure.effective", "practices.measure.noun",
						List.of(field, kind, subject)),
				new Measure(RECOGNISED, "practices.measure.recognised", "practices.measure.noun",
						List.of(level, kind, subject)),
				new Measure(PROPOSED, "practices.measure.proposed", "practices.measure.noun",
						List.of(level, kind, subject)));
	}

	@Override
	@Transactional(readOnly = true)
	public MeasureValue evaluate(String measure, Map<String, String> filters, MeasureQuery query) {
		Measure published = measures().stream()
			.filter((m) -> m.name().equals(measure))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown measure " + measure));
		filters.forEach((name, value) -> {
			if (!published.accepts(name, value)) {
				throw new IllegalArgumentException("measure " + measure + " has no filter " + name + "=" + value);
			}
		});
		PracticeSearch search = search(measure, filters, query);
		List<Long> units = this.registry.subtree(query.unitId(), query.treeDate());
		long count = this.practices.count(search, units);
		return new MeasureValue(BigDecimal.valueOf(count), link(search));
	}

	static PracticeSearch search(String measure, Map<String, String> filters, MeasureQuery query) {
		boolean byRecognition = RECOGNISED.equals(measure) || PROPOSED.equals(measure);
		String kind = filters.get("kind");
		String subject = filters.get("subject");
		String level = filters.get("level");
		return new PracticeSearch(query.unitId(), true, filters.get("field"), null, (kind != null)
				? (kind.equals(PracticeKind.MODEL.itemCode()) ? PracticeKind.MODEL : PracticeKind.EXEMPLAR) : null,
				(subject != null) ? PracticeSubject.valueOf(subject) : null, null,
				(level != null) ? RecognitionLevel.valueOf(level) : null, null, null,
				byRecognition ? null : query.from(), byRecognition ? null : query.to(),
				EFFECTIVE.equals(measure) ? Boolean.TRUE : null, byRecognition ? query.from() : null,
				byRecognition ? query.to() : null, PROPOSED.equals(measure) ? Boolean.TRUE : null,
				PracticeSearch.Sort.NEWEST, 0);
	}

	static String link(PracticeSearch s) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/practices").queryParam("unit", s.unit());
		add(uri, "field", s.field());
		add(uri, "kind", (s.kind() != null) ? s.kind().name() : null);
		add(uri, "subject", (s.subject() != null) ? s.subject().name() : null);
		add(uri, "level", (s.level() != null) ? s.level().name() : null);
		add(uri, "registeredFrom", s.registeredFrom());
		add(uri, "registeredTo", s.registeredTo());
		add(uri, "effective", s.effective());
		add(uri, "recognisedFrom", s.recognisedFrom());
		add(uri, "recognisedTo", s.recognisedTo());
		add(uri, "proposed", s.proposed());
		return uri.build().encode().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}

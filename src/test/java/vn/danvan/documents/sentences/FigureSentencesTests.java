package vn.danvan.documents.sentences;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.analytics.Coverage;
import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.ValueType;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator of the default catalogue (both default templates) written as a
 * sentence: as what it is (a yes/no indicator as a count of units, a percentage in
 * points, money in triệu or tỷ đồng), compared over the same units, and every "Trong đó"
 * line directly under the line it is part of.
 */
class FigureSentencesTests {

	private static final Unit PROVINCE = new Unit(1, "51", "Quảng Ngãi", "Tỉnh Quảng Ngãi", UnitKind.PROVINCE,
			UnitLevel.PROVINCE, null, LocalDate.of(2025, 7, 1), null);

	private static final Period PREVIOUS = new Period(1, 1, 1, "Sơ kết", PeriodType.SIX_MONTH,
			"Tổng kết 6 tháng cuối năm 2025", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31),
			LocalDate.of(2026, 1, 10), null, null, "test", null);

	private static final Period PERIOD = new Period(2, 1, 1, "Sơ kết", PeriodType.SIX_MONTH,
			"Sơ kết 6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
			LocalDate.of(2026, 7, 10), null, null, "test", null);

	final Catalogue catalogue = Catalogue.load();

	@Test
	void everyIndicatorOfTheDefaultCatalogueReadsAsWhatItIs() {
		for (JsonNode template : this.catalogue.json.get("templates")) {
			Dashboard dashboard = dashboard(template, 4);
			for (Dashboard.Part part : dashboard.parts()) {
				String text = FigureSentences.of(dashboard, part.figures(), this.catalogue.partOf);
				List<String> lines = List.of(text.split("\n"));
				Set<Long> written = new java.util.HashSet<>();
				String whole = null;
				for (String line : lines) {
					assertThat(line).as(line)
						.doesNotContain("có/không")
						.doesNotContain("NaN")
						.doesNotContain("null")
						.doesNotContain("Infinity")
						.doesNotContain(",,")
						.endsWith(".");
					Indicator indicator = indicatorOf(line, part.figures());
					assertThat(indicator).as("a figure for: " + line).isNotNull();
					assertThat(written.add(indicator.id())).as("written once: " + line).isTrue();
					if (line.startsWith("+ ")) {
						assertThat(line).startsWith("+ Trong đó");
						Long declared = this.catalogue.partOf.get(indicator.id());
						assertThat(whole).as("the line above '" + line + "'")
							.isEqualTo(this.catalogue.byId.get(declared).name());
					}
					else {
						assertThat(line).startsWith("- ").doesNotStartWith("- Trong đó");
						whole = indicator.name();
					}
					switch (indicator.valueType()) {
						case BOOLEAN -> assertThat(line).as(line).startsWith("- 4/6 xã, phường có ");
						case PERCENTAGE -> assertThat(line).as(line)
							.containsPattern(": \\d+(,\\d)?%")
							.contains("điểm phần trăm")
							.doesNotContainPattern("điểm phần trăm \\(");
						default -> {
						}
					}
					if ("triệu đồng".equals(indicator.unitOfMeasure())) {
						assertThat(line).as(line)
							.containsPattern(": \\d+(,\\d{1,2})? tỷ đồng")
							.doesNotContain("triệu đồng, ");
					}
					assertThat(line).as(line).contains("so với kỳ trước, cùng 4 đơn vị báo cáo: ");
				}
				for (Figure figure : part.figures()) {
					if (figure.item().isEmpty()) {
						assertThat(written).as("written: " + figure.indicator().code())
							.contains(figure.indicator().id());
					}
				}
			}
		}
	}

	@Test
	void aPartWhoseWholeIsNotWrittenStandsAloneWithoutTrongDo() {
		JsonNode template = this.catalogue.json.get("templates").get(1);
		Dashboard dashboard = dashboard(template, 4);
		for (Dashboard.Part part : dashboard.parts()) {
			List<Figure> withoutWholes = part.figures()
				.stream()
				.filter((f) -> !this.catalogue.partOf.containsValue(f.indicator().id()) || FigureSentences.isPart(f))
				.toList();
			String text = FigureSentences.of(dashboard, withoutWholes, this.catalogue.partOf);
			for (String line : text.split("\n")) {
				if (!line.isEmpty()) {
					assertThat(line).as(line).startsWith("- ").doesNotContainIgnoringCase("- trong đó");
				}
			}
		}
	}

	@Test
	void withNoUnitInCommonNothingIsComparedAndTheNoteSaysSo() {
		JsonNode template = this.catalogue.json.get("templates").get(0);
		Dashboard dashboard = dashboard(template, 0);
		assertThat(FigureSentences.coverageNote(dashboard)).hasValueSatisfying(
				(note) -> assertThat(note).contains("không có số liệu so sánh cùng đơn vị với kỳ trước"));
		for (Dashboard.Part part : dashboard.parts()) {
			String text = FigureSentences.of(dashboard, part.figures(), this.catalogue.partOf);
			assertThat(text).doesNotContain("tăng").doesNotContain("giảm").doesNotContain("so với");
		}
	}

	@Test
	void theDemosPopulationIsComparedOverTheSameFourCommunes() {
		Indicator population = this.catalogue.byCode.get("DAN_SO");
		Figure figure = new Figure("DAN_SO", population, "", "", new BigDecimal("80249"), new BigDecimal("120016"),
				null, new Figure.Comparison(new BigDecimal("80249"), new BigDecimal("78599")), Figure.Comparison.NONE,
				4, false);
		Dashboard dashboard = new Dashboard(PROVINCE, PERIOD, View.AS_WAS, Inclusion.SUBMITTED, PREVIOUS, null,
				new Coverage(6, 4, 0, false), new Coverage(6, 6, 6, false), Coverage.NONE, 4, null,
				List.of(new Dashboard.Part(section(List.of(population.id())), List.of(figure))));
		assertThat(FigureSentences.of(dashboard, List.of(figure), Map.of()))
			.isEqualTo("- Dân số trên địa bàn: 80.249 người; so với kỳ trước, cùng 4 đơn vị báo cáo: "
					+ "tăng 1.650 người (2,1%).");
		assertThat(FigureSentences.coverageNote(dashboard)).hasValue("Lưu ý: số liệu kỳ này tổng hợp từ 4/6 đơn vị, "
				+ "kỳ trước từ 6/6 đơn vị; mức tăng, giảm dưới đây so sánh cùng 4 đơn vị đã báo cáo ở cả hai kỳ.");
	}

	@Test
	void moneyReadsInTheUnitThatFits() {
		assertThat(FigureSentences.money(new BigDecimal("2345600000"))).isEqualTo("2,35 tỷ đồng");
		assertThat(FigureSentences.money(new BigDecimal("245750000"))).isEqualTo("245,8 triệu đồng");
		assertThat(FigureSentences.money(new BigDecimal("12000000000"))).isEqualTo("12 tỷ đồng");
		assertThat(FigureSentences.money(new BigDecimal("500000"))).isEqualTo("500.000 đồng");
	}

	/**
	 * The figures of a template's sections: a whole of 1.000 (more last time), its parts
	 * 300, yes/no 4 of 6, percentages from their parts, money of 2.345,6 triệu đồng.
	 */
	private Dashboard dashboard(JsonNode template, int matched) {
		List<Dashboard.Part> parts = new ArrayList<>();
		long sectionId = 1;
		for (JsonNode node : template.get("sections")) {
			List<Long> ids = new ArrayList<>();
			node.get("indicators").forEach((code) -> ids.add(this.catalogue.byCode.get(code.asString()).id()));
			if (ids.isEmpty()) {
				continue;
			}
			List<Figure> figures = new ArrayList<>();
			for (long id : ids) {
				Indicator indicator = this.catalogue.byId.get(id);
				figures.add(figure(indicator, "", "", matched));
				JsonNode breakdown = this.catalogue.breakdowns.get(indicator.breakdownId());
				if (breakdown != null) {
					for (JsonNode item : breakdown.get("items")) {
						figures
							.add(figure(indicator, item.get("code").asString(), item.get("name").asString(), matched));
					}
				}
			}
			parts.add(new Dashboard.Part(
					new Section(sectionId++, 0, 2, "1.", node.get("title").asString(), "", true, ids), figures));
		}
		return new Dashboard(PROVINCE, PERIOD, View.AS_WAS, Inclusion.SUBMITTED, PREVIOUS, null,
				new Coverage(6, 4, 0, false), new Coverage(6, 6, 6, false), Coverage.NONE, matched, null, parts);
	}

	private Figure figure(Indicator indicator, String item, String itemName, int matched) {
		BigDecimal value;
		BigDecimal before;
		boolean part = indicator.name().startsWith("Trong đó");
		switch (indicator.valueType()) {
			case BOOLEAN -> {
				value = new BigDecimal("4");
				before = new BigDecimal("3");
			}
			case PERCENTAGE -> {
				value = new BigDecimal("30.0");
				before = new BigDecimal("27.5");
			}
			default -> {
				value = part ? new BigDecimal("300") : new BigDecimal("1000");
				before = part ? new BigDecimal("280") : new BigDecimal("950");
				if ("triệu đồng".equals(indicator.unitOfMeasure())) {
					value = new BigDecimal("2345.6");
					before = new BigDecimal("2100");
				}
				if (!item.isEmpty()) {
					value = value.divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN);
					before = before.divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN);
				}
			}
		}
		Figure.Comparison compared = (matched > 0) ? new Figure.Comparison(value, before) : Figure.Comparison.NONE;
		return new Figure(indicator.code() + (item.isEmpty() ? "" : "." + item), indicator, item, itemName, value,
				before.add(BigDecimal.TEN), null, compared, Figure.Comparison.NONE, 6, false);
	}

	private static Section section(List<Long> ids) {
		return new Section(1, 0, 1, "I.", "Đặc điểm tình hình", "", true, ids);
	}

	/**
	 * The indicator a line writes: the one whose name (or, for a yes/no, lower-cased
	 * name; for a part written alone, its name without "Trong đó") it holds.
	 */
	private static Indicator indicatorOf(String line, List<Figure> figures) {
		Indicator found = null;
		for (Figure figure : figures) {
			String name = figure.indicator().name();
			String alone = name.replaceFirst("^Trong đó:?\\s*", "");
			if (line.contains(name + ":") || line.toLowerCase().contains(name.toLowerCase()) || (alone.length() > 1
					&& line.contains(alone.substring(0, 1).toUpperCase() + alone.substring(1)))) {
				if (found == null || found.name().length() < name.length()) {
					found = figure.indicator();
				}
			}
		}
		return found;
	}

	/**
	 * The default catalogue read from its JSON: indicators numbered in order, the wholes
	 * their "not greater than" rules name.
	 */
	static final class Catalogue {

		final JsonNode json;

		final Map<String, Indicator> byCode = new LinkedHashMap<>();

		final Map<Long, Indicator> byId = new HashMap<>();

		final Map<Long, JsonNode> breakdowns = new HashMap<>();

		final Map<Long, Long> partOf = new HashMap<>();

		private Catalogue(JsonNode json) {
			this.json = json;
			Map<String, Long> breakdownIds = new HashMap<>();
			long b = 100;
			for (JsonNode breakdown : json.get("breakdowns")) {
				breakdownIds.put(breakdown.get("code").asString(), b);
				this.breakdowns.put(b++, breakdown);
			}
			long id = 1;
			for (JsonNode node : json.get("indicators")) {
				ValueType type = ValueType.valueOf(node.get("valueType").asString());
				Aggregation aggregation = node.has("aggregation")
						? Aggregation.valueOf(node.get("aggregation").asString()) : Aggregation.SUM;
				Indicator indicator = new Indicator(id++, node.get("code").asString(), node.get("name").asString(),
						node.has("unitOfMeasure") ? node.get("unitOfMeasure").asString() : null, type, aggregation,
						node.has("breakdown") ? breakdownIds.get(node.get("breakdown").asString()) : null, null, null,
						false, null, null, "", 1);
				this.byCode.put(indicator.code(), indicator);
				this.byId.put(indicator.id(), indicator);
			}
			for (JsonNode rule : json.get("rules")) {
				if ("NOT_GREATER_THAN".equals(rule.get("kind").asString())) {
					this.partOf.putIfAbsent(this.byCode.get(rule.get("indicator").asString()).id(),
							this.byCode.get(rule.get("otherIndicator").asString()).id());
				}
			}
		}

		static Catalogue load() {
			try (InputStream in = FigureSentencesTests.class.getResourceAsStream("/reporting/default-catalogue.json")) {
				return new Catalogue(JsonMapper.builder().build().readTree(in));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}

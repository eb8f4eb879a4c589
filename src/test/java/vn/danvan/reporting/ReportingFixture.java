package vn.danvan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.catalogue.CatalogueDefinition.BreakdownDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.ItemDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.RuleDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitKind;
import vn.danvan.reporting.periods.OpenPeriod;

/**
 * A small world of its own for a reporting test: a centre, a province with two communes,
 * users at each, and a template of a few indicators (codes prefixed so tests sharing the
 * database never collide). Cells: {@code P_REG} registered models (whole number, by field
 * A/B), {@code P_EFF} of which effective (≤ registered), {@code P_MEM} members,
 * {@code P_ELIG} eligible people, {@code P_RATE} = members / eligible % (≤ 100),
 * {@code P_NOTE} a short text; narrative section "Kết quả".
 */
public final class ReportingFixture {

	public static final String PASSWORD = "Mat-khau-bao-cao-1";

	public static final LocalDate START = LocalDate.of(2020, 1, 1);

	public final String prefix;

	public final long centre;

	public final long province;

	public final long commune;

	public final long otherCommune;

	public final String provinceOfficer;

	public final String communeOfficer;

	public final String otherCommuneOfficer;

	public final TemplateStructure template;

	private final Accounts accounts;

	private final Periods periods;

	public ReportingFixture(UnitAdministration units, Accounts accounts, Catalogue catalogue, Periods periods) {
		this.accounts = accounts;
		this.periods = periods;
		this.prefix = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		this.centre = units
			.create(new NewUnit(this.prefix, "Trung ương " + this.prefix, null, UnitKind.CENTRE, null, START), "test");
		this.province = units.create(
				new NewUnit(this.prefix + "P", "Tỉnh Thử " + this.prefix, null, UnitKind.PROVINCE, this.centre, START),
				"test");
		this.commune = units.create(new NewUnit(this.prefix + "C1", "Xã Bình An " + this.prefix, null, UnitKind.COMMUNE,
				this.province, START), "test");
		this.otherCommune = units.create(new NewUnit(this.prefix + "C2", "Xã Hòa Bình " + this.prefix, null,
				UnitKind.COMMUNE, this.province, START), "test");
		this.provinceOfficer = user(Role.COMMISSION_OFFICER, this.province);
		this.communeOfficer = user(Role.REPORTING_OFFICER, this.commune);
		this.otherCommuneOfficer = user(Role.REPORTING_OFFICER, this.otherCommune);
		SignedInUser admin = signedIn("admin");
		catalogue.defineBreakdown(admin, new BreakdownDefinition(code("FIELD"), "Lĩnh vực",
				List.of(new ItemDefinition("A", "Kinh tế"), new ItemDefinition("B", "Xã hội"))));
		indicator(catalogue, admin, "REG", "Số mô hình đăng ký", ValueType.INTEGER, code("FIELD"), null, null, true,
				null);
		indicator(catalogue, admin, "EFF", "Số mô hình hiệu quả", ValueType.INTEGER, null, null, null, false, null);
		indicator(catalogue, admin, "MEM", "Số hội viên", ValueType.INTEGER, null, null, null, false, null);
		indicator(catalogue, admin, "ELIG", "Số người thuộc đối tượng", ValueType.INTEGER, null, null, null, false,
				null);
		indicator(catalogue, admin, "RATE", "Tỷ lệ tập hợp hội viên", ValueType.PERCENTAGE, null, code("MEM"),
				code("ELIG"), false, new BigDecimal("100"));
		indicator(catalogue, admin, "NOTE", "Ghi chú", ValueType.TEXT, null, null, null, false, null);
		catalogue.defineRule(admin, new RuleDefinition(Rule.Kind.NOT_GREATER_THAN, Rule.Severity.ERROR, code("EFF"),
				code("REG"), null, ""));
		catalogue.defineRule(admin,
				new RuleDefinition(Rule.Kind.CHANGE_WARNING, null, code("MEM"), null, new BigDecimal("50"), ""));
		this.template = catalogue.defineTemplate(admin,
				new TemplateDefinition(code("TPL"), "Báo cáo thử " + this.prefix, "", List.of("COMMUNE"), List.of(),
						List.of(new SectionDefinition(0, "Phần thứ nhất", "KẾT QUẢ THỰC HIỆN", "", false, List.of()),
								new SectionDefinition(1, "1.", "Kết quả", "Nêu kết quả nổi bật.", true,
										List.of(code("REG"), code("EFF"))),
								new SectionDefinition(1, "2.", "Hội viên", "", false,
										List.of(code("MEM"), code("ELIG"), code("RATE"), code("NOTE"))))));
	}

	/**
	 * The values of a save in the order given: key, value, key, value…
	 */
	public static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1]);
		}
		return values;
	}

	public String code(String name) {
		return this.prefix + "_" + name;
	}

	public String user(Role role, Long unitId) {
		String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.accounts.create(
				new NewUser(username, "Cán bộ " + username, username + "@danvan.vn", PASSWORD, Set.of(role), unitId),
				"test");
		return username;
	}

	public SignedInUser signedIn(String username) {
		return this.accounts.principal(username).orElseThrow();
	}

	/**
	 * Opens a period of the fixture's template for the province's communes, as the
	 * province officer.
	 */
	public Period openPeriod(String name, LocalDate from, LocalDate to, LocalDate deadline) {
		return this.periods.open(signedIn(this.provinceOfficer), new OpenPeriod(this.template.template().id(),
				PeriodType.SIX_MONTH, name, from, to, deadline, List.of(this.province)));
	}

	private void indicator(Catalogue catalogue, SignedInUser admin, String name, String title, ValueType type,
			String breakdown, String numerator, String denominator, boolean required, BigDecimal max) {
		catalogue.defineIndicator(admin,
				new IndicatorDefinition(code(name), title, "", type,
						(type == ValueType.TEXT) ? Aggregation.NONE : Aggregation.SUM, breakdown, numerator,
						denominator, required, null, max, ""));
	}

}

package vn.danvan.benchmarks;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.RebuildStatus;
import vn.danvan.analytics.Rebuilds;
import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.BreakdownDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.ItemDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.RuleDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.submissions.FieldIssue;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.catalogue.Template;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;
import vn.danvan.units.imports.ImportReport;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Builds the national data set of issue 5 in a persistent data directory: the real tree
 * of today (34 provinces, 3,321 communes of the official lists shipped with Danvan),
 * eight organisations under every commune and twenty under every province (about 30,600
 * reporting units), a template of 150 indicators (sums, sums with a breakdown of 3 to 6
 * items, percentages, averages, yes/no), 20 periods (15 months and 5 quarters since the
 * reorganisation of 01/7/2025, so that every unit of today reports in every period and
 * both comparisons exist), and every expected unit's report: mostly approved, some
 * submitted, returned, in draft or not started; about 100 million values at scale 1.
 * Deterministic: the same options give the same data.
 * <p>
 * Units, the catalogue and periods go through the application's facades (CSV import,
 * {@link Catalogue#load}, {@link Periods#open}); the reports are written set-based, one
 * transaction per period, as the application would have left them (state, version,
 * revision, transitions, values within the indicators' bounds and rules). Restartable: a
 * second run on the same directory continues where the first stopped, and refuses a
 * directory that holds other data or data built with other options. Ends with a full
 * rebuild of the analytics sums. Run with {@code bench/national-data.sh}.
 */
public final class NationalDataGenerator {

	static final Set<String> OPTIONS = Set.of("data-dir", "scale", "periods", "indicators", "skip-rebuild");

	/** Organisations under every commune (the commune itself reports too). */
	static final List<Organisation> COMMUNE_ORGANISATIONS = List.of(
			new Organisation(UnitKind.PARTY_COMMITTEE, "Đảng ủy"),
			new Organisation(UnitKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân"),
			new Organisation(UnitKind.FATHERLAND_FRONT, "Ủy ban Mặt trận Tổ quốc Việt Nam"),
			new Organisation(UnitKind.FARMERS_UNION, "Hội Nông dân"),
			new Organisation(UnitKind.WOMENS_UNION, "Hội Liên hiệp Phụ nữ"),
			new Organisation(UnitKind.YOUTH_UNION, "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
			new Organisation(UnitKind.VETERANS_ASSOCIATION, "Hội Cựu chiến binh"),
			new Organisation(UnitKind.POLICE, "Công an"));

	/** Organisations and departments under every province. */
	static final List<Organisation> PROVINCE_ORGANISATIONS = Stream.concat(COMMUNE_ORGANISATIONS.stream(),
			Stream.of(new Organisation(UnitKind.PROPAGANDA_AND_MOBILISATION_BOARD, "Ban Tuyên giáo và Dân vận"),
					new Organisation(UnitKind.TRADE_UNION, "Liên đoàn Lao động"),
					new Organisation(UnitKind.MILITARY, "Bộ Chỉ huy Quân sự"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Nội vụ"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Tài chính"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Giáo dục và Đào tạo"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Y tế"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Nông nghiệp và Môi trường"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Xây dựng"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Công Thương"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Văn hóa, Thể thao và Du lịch"),
					new Organisation(UnitKind.DEPARTMENT, "Sở Tư pháp")))
		.toList();

	static final String[] SECTIONS = { "Công tác dân vận của cấp ủy", "Mặt trận Tổ quốc", "Hội Nông dân",
			"Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Công đoàn", "Dân vận chính quyền",
			"Phong trào thi đua \"Dân vận khéo\"", "Công tác tôn giáo, dân tộc" };

	static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
			"XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX" };

	/**
	 * Share of the reports of a period in each state, by how recent the period is (0 =
	 * the latest): approved, submitted, returned, draft; the rest is not started.
	 */
	static double[] stateMix(int recency) {
		return switch (recency) {
			case 0 -> new double[] { 0.40, 0.22, 0.05, 0.15 };
			case 1 -> new double[] { 0.65, 0.15, 0.04, 0.08 };
			default -> new double[] { 0.86, 0.05, 0.02, 0.03 };
		};
	}

	private final ConfigurableApplicationContext context;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Units units;

	private final Catalogue catalogue;

	private final Periods periods;

	private final double scale;

	private final int periodCount;

	private final int indicatorCount;

	private final Map<String, Long> steps = new LinkedHashMap<>();

	private SignedInUser officer;

	private Unit centre;

	private NationalDataGenerator(ConfigurableApplicationContext context, double scale, int periodCount,
			int indicatorCount) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
		this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.units = context.getBean(Units.class);
		this.catalogue = context.getBean(Catalogue.class);
		this.periods = context.getBean(Periods.class);
		this.scale = scale;
		this.periodCount = periodCount;
		this.indicatorCount = indicatorCount;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options;
		try {
			options = NationalData.options(args, OPTIONS);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Path directory = Path.of(options.getOrDefault("data-dir", NationalData.DEFAULT_DIRECTORY));
		double scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
		int periodCount = Integer.parseInt(options.getOrDefault("periods", "20"));
		int indicatorCount = Integer.parseInt(options.getOrDefault("indicators", "150"));
		boolean rebuild = !options.containsKey("skip-rebuild");
		if (scale <= 0 || scale > 1) {
			fail("--scale must be more than 0 and at most 1 (1 = the whole country)");
		}
		if (indicatorCount < 15) {
			fail("--indicators must be at least 15");
		}
		int fitting = fittingPeriods(UnitScope.today());
		if (periodCount < 2 || periodCount > fitting) {
			fail("--periods must be between 2 and " + fitting + ": every period lies after the reorganisation of "
					+ "01/7/2025 (the tree of today) and ends before today");
		}
		Properties wanted = new Properties();
		wanted.setProperty("scale", String.valueOf(scale));
		wanted.setProperty("periods", String.valueOf(periodCount));
		wanted.setProperty("indicators", String.valueOf(indicatorCount));
		Properties existing = NationalData.description(directory);
		if (!existing.isEmpty()) {
			for (String key : wanted.stringPropertyNames()) {
				if (!Objects.equals(existing.getProperty(key), wanted.getProperty(key))) {
					fail("The data directory " + directory + " holds a national data set built with other options ("
							+ "scale " + existing.getProperty("scale") + ", periods " + existing.getProperty("periods")
							+ ", indicators " + existing.getProperty("indicators") + "). Give another --data-dir, or "
							+ "delete it: rm -rf " + directory);
				}
			}
			if ("true".equals(existing.getProperty("complete"))) {
				System.out.printf("The data directory %s already holds a complete national data set (%s); nothing "
						+ "to do. Delete it to build it again.%n", directory, NationalData.du(directory));
				return;
			}
			System.out.printf("Continuing the national data set in %s (a previous run stopped before the end)%n",
					directory);
		}
		else if (Files.exists(directory) && NationalData.bytes(directory) > 0) {
			fail("The data directory " + directory + " is not empty and holds no national data set ("
					+ NationalData.DESCRIPTION + " is missing): refusing to write into it. Give another --data-dir.");
		}
		NationalData.describe(directory, wanted);
		System.out.printf(Locale.ROOT,
				"National data set: scale %.3f, %d periods, %d indicators, in %s (%d processors, max heap %s, load "
						+ "average %s)%n",
				scale, periodCount, indicatorCount, directory, Runtime.getRuntime().availableProcessors(),
				NationalData.size(Runtime.getRuntime().maxMemory()), NationalData.loadAverage());
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = NationalData.start(directory)) {
			NationalDataGenerator generator = new NationalDataGenerator(context, scale, periodCount, indicatorCount);
			generator.steps.put("start the application", NationalData.millis(started));
			generator.run(rebuild);
		}
		if (rebuild) {
			wanted.setProperty("complete", "true");
			NationalData.describe(directory, wanted);
		}
		System.out.printf("Total %s; data directory %s: %s (du -sh)%n",
				NationalData.seconds(NationalData.millis(started)), directory, NationalData.du(directory));
	}

	private static void fail(String message) {
		System.err.println(message);
		System.exit(2);
	}

	/**
	 * How many periods fit between the reorganisation and today: every month and every
	 * quarter that ended.
	 */
	static int fittingPeriods(LocalDate today) {
		return plan(today, Integer.MAX_VALUE).size();
	}

	private void run(boolean rebuild) throws Exception {
		bulkLoad(true);
		TemplateStructure structure;
		try {
			structure = generate();
		}
		finally {
			bulkLoad(false);
		}
		analyze();
		printCounts(structure);
		step("check the reports", () -> {
			check();
			return null;
		});
		if (rebuild) {
			RebuildStatus status = step("rebuild the analytics sums (Rebuilds.rebuildAll)",
					() -> this.context.getBean(Rebuilds.class).rebuildAll("national-data"));
			System.out.printf("  rebuild %d: %s, %d periods%s%n", status.id(), status.state(), status.periodsDone(),
					(status.error() != null) ? ", error " + status.error() : "");
			if (!"DONE".equals(status.state())) {
				throw new IllegalStateException("The rebuild failed: " + status.error());
			}
			analyze();
			System.out.printf("  analytics.aggregate: %s rows, analytics.coverage: %s rows%n",
					NationalData.count(count("analytics.aggregate")), NationalData.count(count("analytics.coverage")));
		}
		this.context.getBean(AuditLog.class)
			.record(NationalData.OFFICER, "NATIONAL_DATA_GENERATED", "dataset", "national", this.centre.id(), null,
					Map.of("scale", this.scale, "periods", this.periodCount, "indicators", this.indicatorCount));
		System.out.println();
		System.out.println("Steps:");
		this.steps.forEach((name, ms) -> System.out.printf("  %-60s %10s%n", name, NationalData.seconds(ms)));
		printSizes();
	}

	private TemplateStructure generate() throws Exception {
		step("import the real administrative units", this::importRealUnits);
		this.centre = this.units.findByCode(UnitLevel.CENTRAL, "VN", UnitScope.today()).orElseThrow();
		this.officer = NationalData.officer(this.context.getBean(Accounts.class), this.centre.id());
		List<Long> roots = new ArrayList<>();
		step("create the organisations (CSV import)", () -> roots.addAll(createOrganisations()));
		analyze();
		Template template = step("define the catalogue and template", this::defineCatalogue);
		TemplateStructure structure = this.catalogue.structure(template.latestVersionId());
		List<Period> opened = new ArrayList<>();
		step("open the periods", () -> opened.addAll(openPeriods(template, roots)));
		List<Cell> cells = cells(structure);
		for (Period period : opened) {
			int recency = recency(opened, period);
			step("reports of " + period.name(), () -> fill(period, recency, cells));
		}
		return structure;
	}

	/**
	 * Fewer checkpoints while loading (fewer full-page images in the write-ahead log);
	 * the server's configuration is set back afterwards, so the benchmarks run on the
	 * application's own settings.
	 */
	private void bulkLoad(boolean on) {
		this.jdbc.sql(on ? "alter system set max_wal_size = '8GB'" : "alter system reset max_wal_size").update();
		this.jdbc.sql(on ? "alter system set checkpoint_timeout = '15min'" : "alter system reset checkpoint_timeout")
			.update();
		this.jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
	}

	/**
	 * Checks what was written as the application would: every value refers to a report
	 * and an indicator; each report's version is its saves plus its state changes after
	 * the first save; and a sample of reports passes the application's own validation
	 * (bounds, required cells, "not greater than" rules and percentages) without errors.
	 */
	private void check() {
		long orphans = this.jdbc.sql("""
				select count(*) from reporting.submission_value v
				 where not exists (select 1 from reporting.submission s where s.id = v.submission_id)
				    or not exists (select 1 from reporting.indicator i where i.id = v.indicator_id)
				""").query(Long.class).single();
		long versions = this.jdbc.sql("""
				select count(*) from reporting.submission s
				  left join (select submission_id, count(*) as n from reporting.submission_revision group by 1) r
				         on r.submission_id = s.id
				  left join (select submission_id, count(*) as n from reporting.submission_transition
				              where from_state <> 'NOT_STARTED' group by 1) t on t.submission_id = s.id
				 where s.version <> coalesce(r.n, 0) + coalesce(t.n, 0)
				    or (s.state = 'NOT_STARTED') <> (s.version = 0)
				""").query(Long.class).single();
		List<Long> sample = this.jdbc.sql("""
				select s.id from reporting.submission s
				  join reporting.period p on p.id = s.period_id
				  join reporting.template_version v on v.id = p.template_version_id
				  join reporting.template t on t.id = v.template_id
				 where t.code = ? and s.state <> 'NOT_STARTED'
				 order by hashint8(s.id) limit 300
				""").param(NationalData.TEMPLATE).query(Long.class).list();
		Submissions submissions = this.context.getBean(Submissions.class);
		int refused = 0;
		for (long id : sample) {
			Submission submission = submissions.get(this.officer, id);
			List<FieldIssue> errors = submissions.issues(submission).stream().filter(FieldIssue::error).toList();
			if (!errors.isEmpty()) {
				refused++;
				if (refused <= 3) {
					System.out.printf("  report %d (%s) fails validation: %s%n", id, submission.state(), errors);
				}
			}
		}
		System.out.printf(
				"  values without their report or indicator: %d; reports whose version does not match "
						+ "their revisions and transitions: %d; reports of a sample of %d failing validation: %d%n",
				orphans, versions, sample.size(), refused);
		if (orphans > 0 || versions > 0 || refused > 0) {
			throw new IllegalStateException("The generated reports are not what the application would have written");
		}
	}

	private ImportReport importRealUnits() throws Exception {
		if (this.units.findByCode(UnitLevel.CENTRAL, "VN", UnitScope.today()).isPresent()) {
			System.out.println("  the real units are already imported");
			return null;
		}
		ImportReport report = RealAdministrativeUnits.importAgain(this.context.getBean(UnitImports.class));
		if (!report.applied()) {
			throw new IllegalStateException("The import of the real units was refused: " + report.errors());
		}
		System.out.printf("  %d units, %d successions%n", report.unitsCreated(), report.successionsCreated());
		return report;
	}

	/**
	 * Creates the organisations under the communes and provinces chosen by the scale (all
	 * of them at scale 1) in one CSV import, valid from the reorganisation.
	 * @return the units under which the periods expect reports: the centre at scale 1,
	 * else the chosen communes and the chosen provincial organisations
	 */
	private List<Long> createOrganisations() throws Exception {
		LocalDate today = UnitScope.today();
		List<Unit> provinces = this.units.children(this.centre.id(), today)
			.stream()
			.filter((u) -> u.level() == UnitLevel.PROVINCE && u.kind().administrative())
			.sorted(Comparator.comparing(Unit::code))
			.toList();
		List<Unit> communes = new ArrayList<>();
		for (Unit province : provinces) {
			this.units.children(province.id(), today)
				.stream()
				.filter((u) -> u.level() == UnitLevel.COMMUNE && u.kind().administrative())
				.forEach(communes::add);
		}
		communes.sort(Comparator.comparing(Unit::code));
		List<Unit> chosenCommunes = chosen(communes);
		StringBuilder csv = new StringBuilder("code,name,full_name,level,kind,parent_code,valid_from,valid_to\n");
		List<String> provincial = new ArrayList<>();
		int index = 0;
		List<Boolean> provincialChosen = new ArrayList<>();
		for (Unit province : provinces) {
			for (Organisation organisation : PROVINCE_ORGANISATIONS) {
				boolean chosen = picked(index++, this.scale);
				provincialChosen.add(chosen);
				if (chosen) {
					csv.append(line(organisation, province, "PROVINCE"));
					provincial.add(organisation.fullName(province));
				}
			}
		}
		for (Unit commune : chosenCommunes) {
			for (Organisation organisation : COMMUNE_ORGANISATIONS) {
				csv.append(line(organisation, commune, "COMMUNE"));
			}
		}
		ImportReport report = this.context.getBean(UnitImports.class)
			.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "national-data");
		if (!report.applied()) {
			throw new IllegalStateException(
					"The CSV import of the organisations was refused: " + report.errors().stream().limit(5).toList());
		}
		System.out.printf("  %d of %d communes chosen; %d organisations created, %d already there%n",
				chosenCommunes.size(), communes.size(), report.unitsCreated(), report.unitsUnchanged());
		if (this.scale >= 1.0) {
			return List.of(this.centre.id());
		}
		List<Long> roots = new ArrayList<>();
		chosenCommunes.forEach((c) -> roots.add(c.id()));
		for (Unit province : provinces) {
			for (Unit child : this.units.children(province.id(), today)) {
				if (!child.kind().administrative() && provincial.contains(child.fullName())) {
					roots.add(child.id());
				}
			}
		}
		return roots;
	}

	private List<Unit> chosen(List<Unit> all) {
		List<Unit> chosen = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (picked(i, this.scale)) {
				chosen.add(all.get(i));
			}
		}
		return chosen;
	}

	/**
	 * Spreads a share of a list evenly: the i-th is taken when the running count of
	 * {@code scale} crosses a whole number there.
	 */
	static boolean picked(int i, double scale) {
		return Math.floor((i + 1) * scale + 1e-9) > Math.floor(i * scale + 1e-9);
	}

	private static String line(Organisation organisation, Unit parent, String level) {
		return String.join(",", "", csv(organisation.name()), csv(organisation.fullName(parent)), level,
				organisation.kind().name(), parent.code(), UnitImports.REFORM_2025.toString(), "") + "\n";
	}

	private static String csv(String text) {
		return (text.contains(",") || text.contains("\"")) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private Template defineCatalogue() {
		Optional<Template> existing = template();
		if (existing.isPresent()) {
			System.out.println("  the template is already defined");
			return existing.get();
		}
		this.catalogue.load(this.officer, definition(this.indicatorCount));
		Template template = template().orElseThrow();
		TemplateStructure structure = this.catalogue.structure(template.latestVersionId());
		System.out.printf("  template %s: %d indicators, %d cells, %d rules%n", template.code(),
				structure.indicators().size(), structure.cells().size(), structure.rules().size());
		return template;
	}

	private Optional<Template> template() {
		return this.catalogue.templates().stream().filter((t) -> t.code().equals(NationalData.TEMPLATE)).findFirst();
	}

	/**
	 * The indicators, fifteen per section: members (required) and new members (of which,
	 * with the percentage of the two), meetings by a breakdown of 3 to 6 items,
	 * participants (required), petitions received and resolved (resolved ≤ received),
	 * funds in millions (decimal), an average score (or, in every other section, models
	 * by a breakdown of 6 fields), households supported, dialogues, a yes/no, opinions
	 * (warned when far from the previous period), cadres trained, volunteer days.
	 */
	static CatalogueDefinition definition(int count) {
		List<BreakdownDefinition> breakdowns = List.of(
				new BreakdownDefinition("QG_DOI_TUONG", "Đối tượng (dữ liệu quốc gia)",
						List.of(new ItemDefinition("HO_NGHEO", "Hộ nghèo"),
								new ItemDefinition("CAN_NGHEO", "Hộ cận nghèo"),
								new ItemDefinition("CHINH_SACH", "Gia đình chính sách"))),
				new BreakdownDefinition("QG_HINH_THUC", "Hình thức (dữ liệu quốc gia)",
						List.of(new ItemDefinition("HOI_NGHI", "Hội nghị"), new ItemDefinition("TOA_DAM", "Tọa đàm"),
								new ItemDefinition("TRUC_QUAN", "Trực quan"),
								new ItemDefinition("MANG_XA_HOI", "Trên mạng xã hội"))),
				new BreakdownDefinition("QG_DO_TUOI", "Độ tuổi (dữ liệu quốc gia)",
						List.of(new ItemDefinition("DUOI_18", "Dưới 18 tuổi"),
								new ItemDefinition("T18_30", "Từ 18 đến 30 tuổi"),
								new ItemDefinition("T31_45", "Từ 31 đến 45 tuổi"),
								new ItemDefinition("T46_60", "Từ 46 đến 60 tuổi"),
								new ItemDefinition("TREN_60", "Trên 60 tuổi"))),
				new BreakdownDefinition("QG_LINH_VUC", "Lĩnh vực (dữ liệu quốc gia)",
						List.of(new ItemDefinition("KINH_TE", "Kinh tế"),
								new ItemDefinition("VAN_HOA_XA_HOI", "Văn hóa – xã hội"),
								new ItemDefinition("QUOC_PHONG_AN_NINH", "Quốc phòng – an ninh"),
								new ItemDefinition("XAY_DUNG_DANG", "Xây dựng Đảng"),
								new ItemDefinition("CHINH_QUYEN", "Xây dựng chính quyền"),
								new ItemDefinition("MOI_TRUONG", "Môi trường"))));
		String[] byMeeting = { "QG_DOI_TUONG", "QG_HINH_THUC", "QG_DO_TUOI", "QG_LINH_VUC" };
		List<IndicatorDefinition> indicators = new ArrayList<>();
		List<RuleDefinition> rules = new ArrayList<>();
		List<SectionDefinition> sections = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			int s = n / 15;
			int k = n % 15;
			String code = code(n);
			String subject = SECTIONS[s % SECTIONS.length] + ((s >= SECTIONS.length) ? " (" + (s / 10 + 1) + ")" : "");
			IndicatorDefinition indicator = switch (k) {
				case 0 -> integer(code, "Số hội viên, đoàn viên", "người", true);
				case 1 -> integer(code, "Số hội viên, đoàn viên mới kết nạp", "người", false);
				case 2 ->
					new IndicatorDefinition(code, "Tỷ lệ hội viên, đoàn viên mới kết nạp", "%", ValueType.PERCENTAGE,
							Aggregation.SUM, null, code(n - 1), code(n - 2), false, null, BigDecimal.valueOf(100), "");
				case 3 -> new IndicatorDefinition(code, "Số cuộc tuyên truyền, vận động", "cuộc", ValueType.INTEGER,
						Aggregation.SUM, byMeeting[s % 4], null, null, false, null, null, "");
				case 4 -> integer(code, "Số lượt người tham dự", "lượt người", true);
				case 5 -> integer(code, "Số đơn thư, kiến nghị tiếp nhận", "đơn", false);
				case 6 -> integer(code, "Số đơn thư, kiến nghị đã giải quyết", "đơn", false);
				case 7 -> new IndicatorDefinition(code, "Kinh phí vận động", "triệu đồng", ValueType.DECIMAL,
						Aggregation.SUM, null, null, null, false, BigDecimal.ZERO, null, "");
				case 8 -> (s % 2 == 0)
						? new IndicatorDefinition(code, "Điểm tự đánh giá bình quân", "điểm", ValueType.DECIMAL,
								Aggregation.AVERAGE, null, null, null, false, BigDecimal.ZERO, BigDecimal.TEN, "")
						: new IndicatorDefinition(code, "Số mô hình \"Dân vận khéo\"", "mô hình", ValueType.INTEGER,
								Aggregation.SUM, "QG_LINH_VUC", null, null, false, null, null, "");
				case 9 -> integer(code, "Số hộ được hỗ trợ", "hộ", false);
				case 10 -> integer(code, "Số buổi đối thoại với nhân dân", "buổi", false);
				case 11 -> new IndicatorDefinition(code, "Có tổ chức hội nghị sơ kết", "", ValueType.BOOLEAN,
						Aggregation.SUM, null, null, null, false, null, null, "");
				case 12 -> integer(code, "Số ý kiến, kiến nghị của nhân dân", "ý kiến", false);
				case 13 -> integer(code, "Số cán bộ được tập huấn", "người", false);
				default -> integer(code, "Số ngày công tình nguyện", "ngày công", false);
			};
			indicators.add(new IndicatorDefinition(indicator.code(), indicator.name() + " – " + subject,
					indicator.unitOfMeasure(), indicator.valueType(), indicator.aggregation(), indicator.breakdown(),
					indicator.numerator(), indicator.denominator(), indicator.required(), indicator.minValue(),
					indicator.maxValue(), "Chỉ tiêu của bộ dữ liệu quốc gia (sinh tự động để đo hiệu năng)."));
			if (k == 1) {
				rules.add(new RuleDefinition(Rule.Kind.NOT_GREATER_THAN, Rule.Severity.ERROR, code, code(n - 1), null,
						"Số mới kết nạp không vượt quá tổng số"));
			}
			else if (k == 6) {
				rules.add(new RuleDefinition(Rule.Kind.NOT_GREATER_THAN, Rule.Severity.ERROR, code, code(n - 1), null,
						"Số đã giải quyết không vượt quá số tiếp nhận"));
			}
			else if (k == 12) {
				rules.add(new RuleDefinition(Rule.Kind.CHANGE_WARNING, Rule.Severity.WARNING, code, null,
						BigDecimal.valueOf(50), "Thay đổi nhiều so với kỳ trước"));
			}
			codes.add(code);
			if (k == 14 || n == count - 1) {
				sections.add(new SectionDefinition(1, ROMAN[s % ROMAN.length], subject, "", false, List.copyOf(codes)));
				codes.clear();
			}
		}
		TemplateDefinition template = new TemplateDefinition(NationalData.TEMPLATE,
				"Báo cáo công tác dân vận (bộ dữ liệu quốc gia)",
				"Mẫu báo cáo sinh tự động cho bộ dữ liệu quốc gia dùng để đo hiệu năng tổng hợp.",
				List.of("CENTRAL", "PROVINCE", "COMMUNE"), List.of(), sections);
		return new CatalogueDefinition(breakdowns, indicators, rules, List.of(template));
	}

	private static IndicatorDefinition integer(String code, String name, String unit, boolean required) {
		return new IndicatorDefinition(code, name, unit, ValueType.INTEGER, Aggregation.SUM, null, null, null, required,
				null, null, "");
	}

	static String code(int n) {
		return String.format(Locale.ROOT, "QG_%03d", n + 1);
	}

	/**
	 * The periods: months and quarters that ended since the reorganisation, the latest
	 * {@code count} of them, a quarter for every three months; oldest first.
	 */
	static List<PlannedPeriod> plan(LocalDate today, int count) {
		List<PlannedPeriod> months = new ArrayList<>();
		List<PlannedPeriod> quarters = new ArrayList<>();
		for (YearMonth month = YearMonth.from(UnitImports.REFORM_2025); month.atEndOfMonth()
			.isBefore(today); month = month.plusMonths(1)) {
			months.add(new PlannedPeriod(
					PeriodType.MONTHLY, String.format(Locale.ROOT, "Tháng %02d/%d (dữ liệu quốc gia)",
							month.getMonthValue(), month.getYear()),
					month.atDay(1), month.atEndOfMonth(), month.getMonthValue()));
			if (month.getMonthValue() % 3 == 0) {
				YearMonth first = month.minusMonths(2);
				quarters.add(new PlannedPeriod(PeriodType.QUARTERLY,
						String.format(Locale.ROOT, "Quý %s/%d (dữ liệu quốc gia)",
								ROMAN[(month.getMonthValue() - 1) / 3], month.getYear()),
						first.atDay(1), month.atEndOfMonth(), month.getMonthValue()));
			}
		}
		int wantedQuarters = (count == Integer.MAX_VALUE) ? quarters.size()
				: Math.min(quarters.size(), Math.max(1, (int) Math.round(count / 4.0)));
		int wantedMonths = (count == Integer.MAX_VALUE) ? months.size() : count - wantedQuarters;
		if (wantedMonths > months.size()) {
			wantedQuarters += wantedMonths - months.size();
			wantedMonths = months.size();
		}
		List<PlannedPeriod> plan = new ArrayList<>();
		plan.addAll(months.subList(Math.max(0, months.size() - wantedMonths), months.size()));
		plan.addAll(quarters.subList(Math.max(0, quarters.size() - Math.min(wantedQuarters, quarters.size())),
				quarters.size()));
		plan.sort(Comparator.comparing(PlannedPeriod::to).thenComparing(PlannedPeriod::type));
		return plan;
	}

	private List<Period> openPeriods(Template template, List<Long> roots) {
		List<Period> existing = this.periods.list(this.officer);
		List<Period> opened = new ArrayList<>();
		for (PlannedPeriod planned : plan(UnitScope.today(), this.periodCount)) {
			Optional<Period> found = existing.stream()
				.filter((p) -> p.name().equals(planned.name()) && p.templateId() == template.id())
				.findFirst();
			if (found.isPresent()) {
				opened.add(found.get());
				continue;
			}
			opened.add(this.periods.open(this.officer, new OpenPeriod(template.id(), planned.type(), planned.name(),
					planned.from(), planned.to(), planned.to().plusDays(10), roots)));
		}
		long expected = this.jdbc.sql("""
				select count(*) from reporting.submission where period_id in (:ids)
				""").param("ids", opened.stream().map(Period::id).toList()).query(Long.class).single();
		System.out.printf("  %d periods (%d monthly, %d quarterly), %s reports expected%n", opened.size(),
				opened.stream().filter((p) -> p.type() == PeriodType.MONTHLY).count(),
				opened.stream().filter((p) -> p.type() == PeriodType.QUARTERLY).count(), NationalData.count(expected));
		return opened;
	}

	private static int recency(List<Period> all, Period period) {
		return (int) all.stream()
			.filter((p) -> p.type() == period.type() && p.windowTo().isAfter(period.windowTo()))
			.count();
	}

	/**
	 * What the generator writes for each cell of the template: how a value is made, and
	 * for a part of another indicator (new members, resolved petitions) that indicator.
	 */
	record Cell(long indicatorId, String item, int itemNumber, String role, double base, boolean stock,
			boolean required, Long parentId, double parentBase, boolean parentStock, double low, double high) {

		static Cell plain(long id, String item, int itemNumber, double base, boolean stock, boolean required) {
			return new Cell(id, item, itemNumber, "plain", base, stock, required, null, 0, false, 0, 0);
		}

		/**
		 * A part of another indicator's value (its own item number is 0: no breakdown).
		 */
		static Cell share(long id, String item, long parentId, double parentBase, boolean parentStock, double low,
				double high) {
			return new Cell(id, item, 0, "share", 0, false, false, parentId, parentBase, parentStock, low, high);
		}

	}

	private static List<Cell> cells(TemplateStructure structure) {
		Map<String, Long> ids = new LinkedHashMap<>();
		structure.indicators().values().forEach((i) -> ids.put(i.code(), i.id()));
		List<Cell> cells = new ArrayList<>();
		int[] itemNumbers = new int[1];
		long lastIndicator = -1;
		for (TemplateStructure.Cell cell : structure.cells()) {
			var indicator = cell.indicator();
			if (!indicator.valueType().entered()) {
				continue;
			}
			if (indicator.id() != lastIndicator) {
				itemNumbers[0] = 0;
				lastIndicator = indicator.id();
			}
			int itemNumber = itemNumbers[0]++;
			int n = Integer.parseInt(indicator.code().substring(3)) - 1;
			int k = n % 15;
			long id = indicator.id();
			String item = cell.item();
			boolean required = indicator.required();
			Cell made = switch (k) {
				case 0 -> Cell.plain(id, item, itemNumber, 400, true, required);
				case 1 -> Cell.share(id, item, ids.get(code(n - 1)), 400, true, 0.01, 0.06);
				case 3 -> Cell.plain(id, item, itemNumber, 3, false, required);
				case 4 -> Cell.plain(id, item, itemNumber, 300, false, required);
				case 5 -> Cell.plain(id, item, itemNumber, 4, false, required);
				case 6 -> Cell.share(id, item, ids.get(code(n - 1)), 4, false, 0.5, 1.0);
				case 7 -> new Cell(id, item, itemNumber, "money", 25, false, required, null, 0, false, 0, 0);
				case 8 -> (indicator.aggregation() == Aggregation.AVERAGE)
						? new Cell(id, item, itemNumber, "score", 0, false, required, null, 0, false, 0, 0)
						: Cell.plain(id, item, itemNumber, 1, false, required);
				case 9 -> Cell.plain(id, item, itemNumber, 15, false, required);
				case 10 -> Cell.plain(id, item, itemNumber, 2, false, required);
				case 11 -> new Cell(id, item, itemNumber, "yesno", 0, false, required, null, 0, false, 0, 0);
				case 12 -> Cell.plain(id, item, itemNumber, 12, false, required);
				case 13 -> Cell.plain(id, item, itemNumber, 5, false, required);
				default -> Cell.plain(id, item, itemNumber, 40, false, required);
			};
			cells.add(made);
		}
		cells.sort(Comparator.comparingLong(Cell::indicatorId).thenComparing(Cell::item));
		return cells;
	}

	/** A uniform number in [0, 1) from a key and a seed (SQL). */
	private static String hash(String key, String seed) {
		return "(cast(hashint8extended(" + key + ", " + seed + ") & 16777215 as float8) / 16777216)";
	}

	/**
	 * Writes the reports of one period in one transaction: states, versions, values,
	 * revisions and transitions. A period whose reports were written already is skipped.
	 * @return the number of values written
	 */
	private long fill(Period period, int recency, List<Cell> cells) {
		Long done = this.jdbc.sql("select count(*) from reporting.submission where period_id = ? and version > 0")
			.param(period.id())
			.query(Long.class)
			.single();
		if (done > 0) {
			System.out.println("  already written");
			return 0;
		}
		double[] mix = stateMix(recency);
		int monthIndex = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(UnitImports.REFORM_2025),
				YearMonth.from(period.windowTo()));
		double season = 1 + 0.12 * Math.sin(2 * Math.PI * period.windowTo().getMonthValue() / 12.0);
		double flow = (1 + 0.015 * monthIndex) * season * ((period.type() == PeriodType.QUARTERLY) ? 3 : 1);
		double stock = 1 + 0.004 * monthIndex;
		long seed = period.windowFrom().toEpochDay() * 31 + period.type().ordinal();
		return this.transactions.execute((status) -> {
			this.jdbc.sql("set local synchronous_commit = off").update();
			this.jdbc.sql("set local work_mem = '256MB'").update();
			// The values refer to the submissions and indicators they are made from: the
			// foreign key triggers would only check that again, at 70 % of the insert's
			// time.
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("""
					create temp table gen_cell (indicator_id bigint, item text, item_no int, role text, base float8,
					    stock boolean, required boolean, parent_id bigint, parent_base float8, parent_stock boolean,
					    low float8, high float8)
					    on commit drop
					""").update();
			for (Cell c : cells) {
				this.jdbc.sql("insert into gen_cell values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
					.params(c.indicatorId(), c.item(), c.itemNumber(), c.role(), c.base(), c.stock(), c.required(),
							c.parentId(), c.parentBase(), c.parentStock(), c.low(), c.high())
					.update();
			}
			String unitKey = "s.unit_id";
			long t0 = System.nanoTime();
			this.jdbc
				.sql("""
						create temp table gen_sub on commit drop as
						select s.id, s.unit_id, w.weight, st.state, at.saved, at.saved + interval '2 hours' * (1 + 10 * %s) as submitted,
						       at.saved + interval '1 day' * (1 + 4 * %s) as reviewed
						  from reporting.submission s
						  join units.unit_version v on v.unit_id = s.unit_id and v.valid @> cast(:date as date)
						  cross join lateral (select %s as r) h
						  cross join lateral (select case
						        when h.r < :a then 'APPROVED' when h.r < :s then 'SUBMITTED' when h.r < :r then 'RETURNED'
						        when h.r < :d then 'DRAFT' else 'NOT_STARTED' end as state) st
						  cross join lateral (select case
						        when v.level = 'CENTRAL' then 40.0
						        when v.level = 'PROVINCE' and v.kind in ('CITY', 'PROVINCE') then 12.0
						        when v.level = 'PROVINCE' then 3.0
						        when v.kind in ('COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE') then 1.0
						        else 0.35 end as weight) w
						  cross join lateral (select (cast(:date as timestamp) + interval '1 day' * (1 + 9 * %s))
						        at time zone 'Asia/Ho_Chi_Minh' as saved) at
						 where s.period_id = :p
						 order by s.id
						"""
					.formatted(hash(unitKey + " * 7 + 1", ":seed + 11"), hash(unitKey + " * 7 + 2", ":seed + 11"),
							hash(unitKey, ":seed"), hash(unitKey + " * 7 + 3", ":seed + 11")))
				.param("date", period.windowTo())
				.param("p", period.id())
				.param("seed", seed)
				.param("a", mix[0])
				.param("s", mix[0] + mix[1])
				.param("r", mix[0] + mix[1] + mix[2])
				.param("d", mix[0] + mix[1] + mix[2] + mix[3])
				.update();
			this.jdbc
				.sql("""
						update reporting.submission s
						   set state = g.state,
						       version = case g.state when 'NOT_STARTED' then 0 when 'DRAFT' then 1 when 'SUBMITTED' then 2 else 3 end,
						       updated_at = case g.state when 'NOT_STARTED' then null when 'DRAFT' then g.saved
						                    when 'SUBMITTED' then g.submitted else g.reviewed end,
						       updated_by = case when g.state <> 'NOT_STARTED' then :actor end,
						       submitted_at = case when g.state in ('SUBMITTED', 'APPROVED', 'RETURNED') then g.submitted end
						  from gen_sub g
						 where s.id = g.id
						""")
				.param("actor", NationalData.OFFICER)
				.update();
			long t1 = System.nanoTime();
			String cellKey = "s.unit_id * 65536 + c.indicator_id * 8 + c.item_no";
			String parentKey = "s.unit_id * 65536 + c.parent_id * 8";
			String plain = "c.base * s.weight * (case when c.stock then :stock else :flow end) * (0.5 + %s) * (0.85 + 0.3 * %s)"
				.formatted(hash(cellKey, "1"), hash(cellKey, ":seed"));
			String parent = "round(c.parent_base * s.weight * (case when c.parent_stock then :stock else :flow end) * (0.5 + %s) * (0.85 + 0.3 * %s))"
				.formatted(hash(parentKey, "1"), hash(parentKey, ":seed"));
			long values = this.jdbc
				.sql("""
						insert into reporting.submission_value (submission_id, indicator_id, item, number_value)
						select s.id, x.indicator_id, x.item, x.value
						  from gen_sub s
						  cross join lateral (
						      select c.indicator_id, c.item, case c.role
						             when 'plain' then cast(round(%1$s) as numeric)
						             when 'money' then trim_scale(round(cast(%1$s as numeric), 2))
						             when 'share' then cast(floor(%2$s * (c.low + (c.high - c.low) * %3$s)) as numeric)
						             when 'score' then trim_scale(round(cast(4 + 3 * %4$s + 3 * %3$s as numeric), 1))
						             else case when %3$s < 0.75 then 1 else 0 end end as value
						        from gen_cell c
						       where c.required or %5$s < case s.state when 'DRAFT' then 0.6 else 0.92 end
						       order by c.indicator_id, c.item
						  ) x
						 where s.state <> 'NOT_STARTED'
						""".formatted(plain, parent, hash(cellKey, ":seed + 1"), hash(cellKey, "1"),
						hash(cellKey, ":seed + 2")))
				.param("stock", stock)
				.param("flow", flow)
				.param("seed", seed)
				.update();
			long t2 = System.nanoTime();
			this.jdbc
				.sql("""
						insert into reporting.submission_revision (submission_id, version, changed_by, changed_at, source, changes)
						select s.id, 1, :actor, s.saved, 'API', jsonb_build_array(jsonb_build_object(
						           'field', '*', 'label', 'Số liệu của bộ dữ liệu quốc gia (sinh tự động)',
						           'before', '', 'after', n.values || ' giá trị'))
						  from gen_sub s
						  cross join lateral (select count(*) as values from reporting.submission_value v
						                       where v.submission_id = s.id) n
						 where s.state <> 'NOT_STARTED'
						""")
				.param("actor", NationalData.OFFICER)
				.update();
			this.jdbc
				.sql("""
						insert into reporting.submission_transition (submission_id, from_state, to_state, actor, at, comment)
						select s.id, t.from_state, t.to_state, :actor, t.at, t.comment
						  from gen_sub s
						  cross join lateral (values
						      (1, 'NOT_STARTED', 'DRAFT', s.saved, ''),
						      (2, 'DRAFT', 'SUBMITTED', s.submitted, ''),
						      (3, 'SUBMITTED', s.state, s.reviewed,
						          case when s.state = 'RETURNED' then 'Đề nghị rà soát lại số liệu' else '' end)
						  ) as t (step, from_state, to_state, at, comment)
						 where s.state <> 'NOT_STARTED'
						   and (t.step = 1 or (t.step = 2 and s.state <> 'DRAFT')
						        or (t.step = 3 and s.state in ('APPROVED', 'RETURNED')))
						 order by s.id, t.step
						""")
				.param("actor", NationalData.OFFICER)
				.update();
			long t3 = System.nanoTime();
			List<Map<String, Object>> states = this.jdbc
				.sql("select state, count(*) as n from gen_sub group by state order by state")
				.query()
				.listOfRows();
			StringBuilder line = new StringBuilder();
			states.forEach((row) -> line.append(row.get("state")).append(' ').append(row.get("n")).append(", "));
			System.out.printf(Locale.ROOT,
					"  %s values; %s; states %.1f s, values %.1f s, revisions and transitions %.1f s%n",
					NationalData.count(values), line.substring(0, line.length() - 2), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
					(t3 - t2) / 1e9);
			return values;
		});
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private void printCounts(TemplateStructure structure) {
		System.out.println();
		System.out.println("Built:");
		LocalDate today = UnitScope.today();
		List<Map<String, Object>> levels = this.jdbc.sql("""
				select v.level, case when v.kind in ('CENTRE', 'CITY', 'PROVINCE', 'COMMUNE', 'WARD', 'TOWNSHIP',
				       'SPECIAL_ZONE') then 'administrative' else 'organisation' end as what, count(*) as n
				  from units.unit_version v where v.valid @> cast(? as date)
				 group by 1, 2 order by 1, 2
				""").param(today).query().listOfRows();
		levels.forEach((row) -> System.out.printf("  units of today: %-8s %-15s %8s%n", row.get("level"),
				row.get("what"), NationalData.count(((Number) row.get("n")).longValue())));
		System.out.printf("  reporting units (expected in the latest period): %s%n",
				NationalData.count(this.jdbc.sql("""
						select count(*) from reporting.submission
						 where period_id = (select max(p.id) from reporting.period p
						                    join reporting.template_version v on v.id = p.template_version_id
						                    join reporting.template t on t.id = v.template_id where t.code = ?)
						""").param(NationalData.TEMPLATE).query(Long.class).single()));
		System.out.printf(
				"  template: %d indicators (%d percentages, %d averages, %d with a breakdown), %d cells "
						+ "entered, %d rules%n",
				structure.indicators().size(),
				structure.indicators().values().stream().filter((i) -> i.valueType() == ValueType.PERCENTAGE).count(),
				structure.indicators().values().stream().filter((i) -> i.aggregation() == Aggregation.AVERAGE).count(),
				structure.indicators().values().stream().filter((i) -> i.breakdownId() != null).count(),
				structure.cells().stream().filter((c) -> c.indicator().valueType().entered()).count(),
				structure.rules().size());
		List<Map<String, Object>> states = this.jdbc.sql("""
				select s.state, count(*) as n from reporting.submission s
				  join reporting.period p on p.id = s.period_id
				  join reporting.template_version v on v.id = p.template_version_id
				  join reporting.template t on t.id = v.template_id
				 where t.code = ? group by s.state order by s.state
				""").param(NationalData.TEMPLATE).query().listOfRows();
		long total = states.stream().mapToLong((row) -> ((Number) row.get("n")).longValue()).sum();
		System.out.printf("  reports: %s (%s)%n", NationalData.count(total),
				String.join(", ", states.stream()
					.map((row) -> row.get("state") + " " + NationalData.count(((Number) row.get("n")).longValue()))
					.toList()));
		System.out.printf("  values: %s (reporting.submission_value)%n",
				NationalData.count(count("reporting.submission_value")));
	}

	private void printSizes() {
		System.out.println();
		System.out.println("Sizes:");
		System.out.printf("  database: %s%n", NationalData
			.size(this.jdbc.sql("select pg_database_size(current_database())").query(Long.class).single()));
		this.jdbc.sql("""
				select n.nspname || '.' || c.relname as name, pg_total_relation_size(c.oid) as total,
				       pg_relation_size(c.oid) as heap, cast(c.reltuples as bigint) as rows
				  from pg_class c join pg_namespace n on n.oid = c.relnamespace
				 where c.relkind = 'r' and n.nspname in ('reporting', 'analytics', 'units')
				 order by pg_total_relation_size(c.oid) desc limit 8
				""")
			.query()
			.listOfRows()
			.forEach((row) -> System.out.printf("  %-40s %10s (table %s, ~%s rows)%n", row.get("name"),
					NationalData.size(((Number) row.get("total")).longValue()),
					NationalData.size(((Number) row.get("heap")).longValue()),
					NationalData.count(((Number) row.get("rows")).longValue())));
	}

	private <T> T step(String name, Step<T> step) throws Exception {
		System.out.println(name + " …");
		long started = System.nanoTime();
		T result = step.run();
		long ms = NationalData.millis(started);
		this.steps.merge(name, ms, Long::sum);
		System.out.printf("  done in %s%n", NationalData.seconds(ms));
		return result;
	}

	private void analyze() throws Exception {
		step("analyze", () -> this.jdbc.sql("analyze").update());
	}

	interface Step<T> {

		T run() throws Exception;

	}

	record Organisation(UnitKind kind, String name) {

		/** "Hội Nông dân xã Bình Sơn", "Sở Y tế tỉnh Quảng Ngãi". */
		String fullName(Unit parent) {
			String of = parent.fullName();
			return this.name + " " + Character.toLowerCase(of.charAt(0)) + of.substring(1);
		}

	}

	record PlannedPeriod(PeriodType type, String name, LocalDate from, LocalDate to, int month) {
	}

}

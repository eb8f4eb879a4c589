package vn.danvan.reporting.demo;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.catalogue.Template;
import vn.danvan.reporting.computed.ComputedFigures;
import vn.danvan.reporting.submissions.ComputedCellKeys;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.UnitStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AccountsProperties;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.DanvanProperties;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Demo reports for the demo units of Quảng Ngãi (province 51): an officer of the province
 * and reporting officers of Xã An Phú and Phường Cẩm Thành (password: the initial
 * administrator's), an earlier 6-month period every commune has reported and had approved
 * (about 10 % lower figures, so that the dashboards and review reports of the next one
 * show changes), a past 6-month period whose communes have reported (submitted, some
 * approved, one returned, one not started: kept open on purpose, to show review) and the
 * current annual period with one draft, which also expects the province commission's own
 * report with the provincial template (a draft too). Reports carry believable hand-in
 * dates (most before the deadline, a few late: {@link #handedIn}). Everything goes
 * through {@link Periods} and {@link Submissions}, so revisions, transitions, audit
 * entries and events are real. A period that exists is left alone.
 */
@Component
class ReportingDemoData {

	/**
	 * The initial administrator, who loads the default catalogue and makes the demo
	 * reports' periods.
	 */
	static final String ADMINISTRATOR = "admin";

	static final String EARLIER = "Sơ kết 6 tháng cuối năm 2025";

	static final String PAST = "Sơ kết 6 tháng đầu năm 2026";

	static final String CURRENT = "Tổng kết năm 2026";

	static final String PROVINCE_CODE = "51";

	static final String AN_PHU = "21034";

	static final String CAM_THANH = "21025";

	static final String VAN_TUONG = "21061";

	/** The provincial template of the commission's own report (default catalogue). */
	static final String COMMISSION_TEMPLATE = "BC_BAN_TINH";

	private static final Set<UnitKind> COMMISSION_KINDS = Set.of(UnitKind.PROPAGANDA_AND_MOBILISATION_BOARD,
			UnitKind.MASS_MOBILISATION_BOARD);

	static final String PROVINCE_OFFICER = "tinh.quangngai";

	static final String AN_PHU_OFFICER = "xa.anphu";

	static final String CAM_THANH_OFFICER = "phuong.camthanh";

	/**
	 * The reporting officer of the province commission (Ban Tuyên giáo và Dân vận Tỉnh
	 * ủy).
	 */
	static final String COMMISSION_OFFICER = "ban.tinhuy";

	/** Where the initial administrator's generated password is kept (see accounts). */
	static final String ADMIN_PASSWORD_FILE = "initial-admin-password";

	static final String RETURN_COMMENT = "Đề nghị bổ sung số liệu đơn thư đã giải quyết theo từng loại và làm rõ "
			+ "nguyên nhân chủ quan của hạn chế tại mục III.3, rồi nộp lại trước ngày 25/6/2026.";

	static final String ACTOR = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);

	private final Accounts accounts;

	private final AccountsProperties accountsProperties;

	private final DanvanProperties danvan;

	private final Units units;

	private final Catalogue catalogue;

	private final Periods periods;

	private final Submissions submissions;

	private final JdbcClient jdbc;

	private final ComputedCellKeys computedKeys;

	ReportingDemoData(Accounts accounts, AccountsProperties accountsProperties, DanvanProperties danvan, Units units,
			Catalogue catalogue, Periods periods, Submissions submissions, JdbcClient jdbc,
			ComputedCellKeys computedKeys) {
		this.computedKeys = computedKeys;
		this.accounts = accounts;
		this.accountsProperties = accountsProperties;
		this.danvan = danvan;
		this.units = units;
		this.catalogue = catalogue;
		this.periods = periods;
		this.submissions = submissions;
		this.jdbc = jdbc;
	}

	/**
	 * Loads what is missing of the demo reports, in one transaction.
	 * @return what was created (empty when the demo units are absent)
	 */
	@Transactional
	public Optional<Loaded> load() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('reporting.demo'))").query().singleRow();
		LocalDate today = UnitScope.today();
		Optional<Unit> province = this.units.findByCode(UnitLevel.PROVINCE, PROVINCE_CODE, today);
		Optional<Template> sixMonth = template("BC_SO_KET_6_THANG");
		Optional<Template> annual = template("BC_TONG_KET_NAM");
		Optional<Template> commission = template(COMMISSION_TEMPLATE);
		if (province.isEmpty() || sixMonth.isEmpty() || annual.isEmpty()) {
			log.info("Demo reports not loaded: province {} or the default templates are missing", PROVINCE_CODE);
			return Optional.empty();
		}
		SignedInUser admin = this.accounts.principal(ADMINISTRATOR).orElseThrow();
		Optional<String> password = initialPassword();
		List<String> usersCreated = new ArrayList<>();
		SignedInUser officer = user(PROVINCE_OFFICER, "Trần Thị Thu Hà", Role.COMMISSION_OFFICER, province.get().id(),
				password, usersCreated)
			.orElse(admin);
		Map<Long, SignedInUser> reporters = new LinkedHashMap<>();
		commune(AN_PHU, today)
			.flatMap((unit) -> user(AN_PHU_OFFICER, "Nguyễn Văn Minh", Role.REPORTING_OFFICER, unit.id(), password,
					usersCreated)
				.map((user) -> Map.entry(unit.id(), user)))
			.ifPresent((e) -> reporters.put(e.getKey(), e.getValue()));
		commune(CAM_THANH, today)
			.flatMap((unit) -> user(CAM_THANH_OFFICER, "Lê Thị Hồng", Role.REPORTING_OFFICER, unit.id(), password,
					usersCreated)
				.map((user) -> Map.entry(unit.id(), user)))
			.ifPresent((e) -> reporters.put(e.getKey(), e.getValue()));
		// The commission fills in its own report (the provincial template) in the current
		// period.
		this.units.descendants(province.get().id(), today, null)
			.stream()
			.filter((u) -> COMMISSION_KINDS.contains(u.kind()))
			.findFirst()
			.flatMap((unit) -> user(COMMISSION_OFFICER, "Phạm Quốc Bảo", Role.REPORTING_OFFICER, unit.id(), password,
					usersCreated)
				.map((user) -> Map.entry(unit.id(), user)))
			.ifPresent((e) -> reporters.put(e.getKey(), e.getValue()));

		Long earlier = null;
		if (existing(sixMonth.get(), EARLIER).isEmpty()) {
			earlier = earlierPeriod(sixMonth.get(), province.get(), officer, admin, reporters);
		}
		Long past = null;
		if (existing(sixMonth.get(), PAST).isEmpty()) {
			past = pastPeriod(sixMonth.get(), province.get(), officer, reporters);
		}
		Long current = null;
		if (existing(annual.get(), CURRENT).isEmpty()) {
			current = currentPeriod(annual.get(), commission, province.get(), officer, reporters);
		}
		List<String> periodsCreated = new ArrayList<>();
		if (earlier != null) {
			periodsCreated.add(EARLIER);
		}
		if (past != null) {
			periodsCreated.add(PAST);
		}
		if (current != null) {
			periodsCreated.add(CURRENT);
		}
		if (!usersCreated.isEmpty() || !periodsCreated.isEmpty()) {
			log.info("Demo reports loaded: users {}, periods {}", usersCreated, periodsCreated);
		}
		return Optional.of(new Loaded(usersCreated, earlier, past, current));
	}

	private long earlierPeriod(Template template, Unit province, SignedInUser officer, SignedInUser admin,
			Map<Long, SignedInUser> reporters) {
		Period period = this.periods.open(officer,
				new OpenPeriod(template.id(), PeriodType.SIX_MONTH, EARLIER, LocalDate.of(2025, 6, 15),
						LocalDate.of(2025, 12, 14), LocalDate.of(2025, 12, 20), List.of(province.id())));
		int index = 0;
		for (UnitStatus status : this.periods.statuses(officer, period.id())) {
			ScopedUser reporter = reporter(reporters, status.unitId(), officer);
			Submission s = fill(reporter, status, 1.0, 0.9);
			s = this.submissions.submit(reporter, s.id(), s.version());
			this.submissions.approve(officer, s.id(), s.version());
			handedIn(s.id(), period.deadline(), index++);
		}
		this.periods.close(admin, period.id());
		this.jdbc.sql("update reporting.period set closed_at = ? where id = ?")
			.params(at(period.deadline().plusDays(21), 9), period.id())
			.update();
		return period.id();
	}

	private long pastPeriod(Template template, Unit province, SignedInUser officer, Map<Long, SignedInUser> reporters) {
		Period period = this.periods.open(officer,
				new OpenPeriod(template.id(), PeriodType.SIX_MONTH, PAST, LocalDate.of(2025, 12, 15),
						LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 20), List.of(province.id())));
		List<UnitStatus> expected = this.periods.statuses(officer, period.id());
		Long notStarted = notStarted(expected, period);
		int index = 0;
		for (UnitStatus status : expected) {
			if (status.unitId() == notStarted) {
				continue;
			}
			ScopedUser reporter = reporter(reporters, status.unitId(), officer);
			Submission s = fill(reporter, status, 1.0, 1.0);
			s = this.submissions.submit(reporter, s.id(), s.version());
			Unit unit = this.units.get(status.unitId(), Periods.unitDate(period));
			if (CAM_THANH.equals(unit.code())) {
				this.submissions.returnToUnit(officer, s.id(), RETURN_COMMENT, s.version());
				// Handed in on time, returned two days later, to be handed in again.
				handedIn(s.id(), period.deadline(), 5);
			}
			else {
				if (index % 3 != 2) {
					this.submissions.approve(officer, s.id(), s.version());
				}
				handedIn(s.id(), period.deadline(), index++);
			}
		}
		return period.id();
	}

	/**
	 * The current annual period: the communes with the commune template and, when the
	 * province has its commission (Ban Tuyên giáo và Dân vận Tỉnh ủy), the commission's
	 * own report with the provincial template; Xã An Phú's report and the commission's
	 * are drafts, about half filled.
	 */
	private long currentPeriod(Template template, Optional<Template> commissionTemplate, Unit province,
			SignedInUser officer, Map<Long, SignedInUser> reporters) {
		boolean withCommission = commissionTemplate.isPresent()
				&& this.units.descendants(province.id(), UnitScope.today(), null)
					.stream()
					.anyMatch((u) -> COMMISSION_KINDS.contains(u.kind()));
		List<OpenPeriod.Part> parts = withCommission
				? List.of(new OpenPeriod.Part(commissionTemplate.get().id(), List.of(province.id()))) : List.of();
		Period period = this.periods.open(officer,
				new OpenPeriod(template.id(), PeriodType.ANNUAL, CURRENT, LocalDate.of(2025, 12, 15),
						LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 20), List.of(province.id()), parts));
		List<UnitStatus> expected = this.periods.statuses(officer, period.id());
		UnitStatus draft = expected.stream()
			.filter((s) -> AN_PHU.equals(s.unitCode()))
			.findFirst()
			.orElse(expected.get(0));
		fill(reporter(reporters, draft.unitId(), officer), draft, 0.5, 1.0);
		expected.stream()
			.filter((s) -> s.templateVersionId() != period.templateVersionId())
			.forEach((own) -> fill(reporter(reporters, own.unitId(), officer), own, 0.5, 1.0));
		return period.id();
	}

	/**
	 * Xã Vạn Tường has not started (or else the last unit in order that no demo user
	 * reports for).
	 */
	private Long notStarted(List<UnitStatus> expected, Period period) {
		return expected.stream()
			.filter((s) -> VAN_TUONG.equals(s.unitCode()))
			.findFirst()
			.or(() -> expected.stream()
				.filter((s) -> !AN_PHU.equals(s.unitCode()) && !CAM_THANH.equals(s.unitCode()))
				.reduce((a, b) -> b))
			.map(UnitStatus::unitId)
			.orElse(-1L);
	}

	/**
	 * The unit's demo user, or, for a unit that has none, its reports filled in under the
	 * province officer's name as if from the unit (only a unit's own officers edit its
	 * report).
	 */
	private static ScopedUser reporter(Map<Long, SignedInUser> reporters, long unitId, SignedInUser officer) {
		SignedInUser own = reporters.get(unitId);
		return (own != null) ? own : new UnitReporter(officer.getUsername(), unitId);
	}

	private record UnitReporter(String getUsername, Long scopeUnitId) implements ScopedUser {

		@Override
		public boolean administrator() {
			return false;
		}

		@Override
		public boolean hasRole(Role role) {
			return role == Role.REPORTING_OFFICER;
		}

	}

	/**
	 * Gives a report handed in and reviewed by the demo believable dates instead of the
	 * moment the demo was loaded: filled a week before it was handed in, handed in one to
	 * six days before the deadline, except every seventh report (the fourth, the
	 * eleventh…) handed in three to nine days late; reviewed two days later. The
	 * revisions, the transitions and the report's own times move together; the audit log
	 * keeps the moment the demo was loaded.
	 * @param order the report's place among the period's reports
	 */
	void handedIn(long submissionId, LocalDate deadline, int order) {
		boolean late = order % 7 == 3;
		LocalDate handedIn = late ? deadline.plusDays(3 + (order % 4) * 2L)
				: deadline.minusDays(1 + (order * 5L + 2) % 6);
		Timestamp submitted = Timestamp
			.from(at(handedIn, 8 + order % 9).toInstant().plus(Duration.ofMinutes((order * 17L) % 60 - 30)));
		Timestamp filled = Timestamp.from(submitted.toInstant().minus(Duration.ofDays(7)));
		Timestamp reviewed = Timestamp.from(submitted.toInstant().plus(Duration.ofDays(2)));
		this.jdbc.sql("update reporting.submission_revision set changed_at = ? where submission_id = ?")
			.params(filled, submissionId)
			.update();
		this.jdbc.sql("""
				update reporting.submission_transition
				set at = case when to_state = 'SUBMITTED' then cast(? as timestamptz) else cast(? as timestamptz) end
				where submission_id = ?
				""").params(submitted, reviewed, submissionId).update();
		this.jdbc.sql("""
				update reporting.submission
				set submitted_at = case when submitted_at is null then null else cast(? as timestamptz) end,
				    updated_at = case when state in ('APPROVED', 'RETURNED') then cast(? as timestamptz)
				                  else cast(? as timestamptz) end
				where id = ?
				""").params(submitted, reviewed, submitted, submissionId).update();
	}

	private static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(day.atTime(hour, 30).atZone(VietnamTime.ZONE).toInstant());
	}

	private Submission fill(ScopedUser reporter, UnitStatus status, double share, double scale) {
		Submission s = this.submissions.get(reporter, status.submissionId());
		TemplateStructure structure = this.submissions.structure(s);
		long seed = (status.unitCode() + "/" + structure.template().code()).hashCode();
		Map<String, Object> values = DemoFigures.values(structure, seed, share, scale);
		String name = this.units.find(status.unitId(), UnitScope.today())
			.map((u) -> Character.toLowerCase(u.fullName().charAt(0)) + u.fullName().substring(1))
			.orElse(status.unitName());
		Map<Long, String> narratives = DemoNarratives.of(structure, name, share);
		// The computed cells are the system's to write (as it does at hand-in), the
		// others the officer's.
		Set<String> computed = this.computedKeys.keys(structure);
		Map<String, Object> typed = new LinkedHashMap<>(values);
		typed.keySet().removeAll(computed);
		Map<String, Object> filled = new LinkedHashMap<>(values);
		filled.keySet().retainAll(computed);
		Submission saved = this.submissions.save(reporter, s.id(), s.version(), typed, narratives, "FORM");
		return filled.isEmpty() ? saved
				: this.submissions.save(reporter, s.id(), saved.version(), filled, Map.of(), ComputedFigures.SOURCE);
	}

	private Optional<Template> template(String code) {
		return this.catalogue.templates().stream().filter((t) -> t.code().equals(code)).findFirst();
	}

	private Optional<Period> existing(Template template, String name) {
		return this.jdbc.sql("""
				select p.id from reporting.period p join reporting.template_version v on v.id = p.template_version_id
				where v.template_id = ? and p.name = ?
				""")
			.params(template.id(), name)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.map((id) -> this.periods.get(this.accounts.principal(ADMINISTRATOR).orElseThrow(), id));
	}

	private Optional<Unit> commune(String code, LocalDate date) {
		return this.units.findByCode(UnitLevel.COMMUNE, code, date);
	}

	/**
	 * The demo user, created when absent; empty when absent and no password is known.
	 */
	private Optional<SignedInUser> user(String username, String displayName, Role role, long unitId,
			Optional<String> password, List<String> created) {
		if (this.accounts.findByUsername(username).isEmpty()) {
			if (password.isEmpty()) {
				log.warn("Demo user '{}' not created: the initial administrator's password is unknown", username);
				return Optional.empty();
			}
			this.accounts
				.create(new NewUser(username, displayName, username + "@example.com", password.get(), Set.of(role),
						unitId), ACTOR)
				.ifPresent((u) -> created.add(username));
		}
		return this.accounts.principal(username);
	}

	/**
	 * The initial administrator's password: from {@code DANVAN_ADMIN_PASSWORD}, or the
	 * generated one kept in the data directory.
	 */
	Optional<String> initialPassword() {
		String configured = this.accountsProperties.adminPassword();
		if (configured != null && !configured.isBlank()) {
			return Optional.of(configured);
		}
		Path file = this.danvan.dataDir().resolve(ADMIN_PASSWORD_FILE);
		try {
			return Files.isReadable(file) ? Optional.of(Files.readString(file).strip()).filter((p) -> !p.isEmpty())
					: Optional.empty();
		}
		catch (IOException ex) {
			log.warn("Cannot read {}", file, ex);
			return Optional.empty();
		}
	}

	/**
	 * What a load created.
	 */
	record Loaded(List<String> usersCreated, Long earlierPeriodId, Long pastPeriodId, Long currentPeriodId) {
	}

}

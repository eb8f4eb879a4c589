package vn.danvan.awards.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.awards.AwardForm;
import vn.danvan.awards.Decision;
import vn.danvan.awards.RecipientKind;
import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeId;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.practices.Practices;
import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.DemoDataProperties;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Two demo decisions of Quảng Ngãi's commission (province 51) for a fresh installation
 * ({@code danvan.demo-data.enabled}): "Ban Dân vận Tỉnh ủy tặng Giấy khen cho … tập thể
 * và … cá nhân" among the demo communes, linked to the demo practices they were commended
 * for. Loaded once the application accepts traffic (after the demo practices of
 * {@code ApplicationReadyEvent}), only while no decision exists.
 */
@Component
class AwardsDemoData {

	static final String ACTOR = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(AwardsDemoData.class);

	private static final String[] COMMUNES = { "21034", "21025", "21061", "21040", "21028", "23293" };

	private static final String[][] PEOPLE = { { "Đinh Văn Lành", "Người uy tín thôn Gò Da" },
			{ "Nguyễn Thị Mai", "Chi hội trưởng Chi hội Phụ nữ" }, { "Phạm Văn Tư", "Hội viên Hội Cựu chiến binh" },
			{ "Lê Quang Huy", "Bí thư Đoàn xã" }, { "Trần Thị Hoa", "Tổ trưởng tổ dân phố" },
			{ "Võ Minh Tâm", "Công chức Văn phòng - Thống kê" }, { "Huỳnh Thị Lan", "Chủ tịch Hội Nông dân xã" } };

	private final DecisionBook book;

	private final DecisionRepository decisions;

	private final Practices practices;

	private final Units units;

	private final DemoDataProperties demo;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	AwardsDemoData(DecisionBook book, DecisionRepository decisions, Practices practices, Units units,
			DemoDataProperties demo, TransactionTemplate transaction, JdbcClient jdbc) {
		this.book = book;
		this.decisions = decisions;
		this.practices = practices;
		this.units = units;
		this.demo = demo;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@EventListener
	void loadWhenReady(AvailabilityChangeEvent<?> event) {
		if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !this.demo.enabled()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> load());
		}
		catch (RuntimeException ex) {
			log.warn("Demo commendations not loaded", ex);
		}
	}

	/**
	 * Loads the two demo decisions unless any decision exists.
	 * @return how many recipients were recorded
	 */
	int load() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('awards.demo'))").query().singleRow();
		if (this.decisions.countAll() > 0) {
			return 0;
		}
		LocalDate today = UnitScope.today();
		Optional<Unit> province = this.units.findByCode(UnitLevel.PROVINCE, "51", today);
		if (province.isEmpty()) {
			log.info("Demo commendations not loaded: province 51 is missing");
			return 0;
		}
		List<Unit> communes = new ArrayList<>();
		for (String code : COMMUNES) {
			this.units.findByCode(UnitLevel.COMMUNE, code, today)
				.filter((u) -> this.units.isWithin(u.id(), province.get().id(), today))
				.ifPresent(communes::add);
		}
		if (communes.isEmpty()) {
			log.info("Demo commendations not loaded: the demo communes of province 51 are missing");
			return 0;
		}
		DemoUser officer = new DemoUser(ACTOR, province.get().id());
		List<Practice> linked = demoPractices(officer, province.get().id());
		int year = today.getYear();
		LocalDate first = min(LocalDate.of(year, 1, 20), today);
		LocalDate second = min(LocalDate.of(year, 3, 16), today);
		int count = 0;
		Decision a = this.book.record(officer,
				new DecisionForm("12-QĐ/BDVTU", first, province.get().id(), AwardForm.GIAY_KHEN,
						"Đã có thành tích xuất sắc trong phong trào thi đua \"Dân vận khéo\" năm " + (year - 1) + ".",
						"Dân vận khéo", null));
		count += add(officer, a, communes, linked, 3, 4, 0);
		Decision b = this.book.record(officer,
				new DecisionForm("27-QĐ/BDVTU", second, province.get().id(), AwardForm.GIAY_KHEN,
						"Đã có thành tích tiêu biểu trong xây dựng và nhân rộng mô hình \"Dân vận khéo\" gắn với"
								+ " thực hiện Năm dân vận chính quyền.",
						"Dân vận khéo", null));
		count += add(officer, b, communes, linked, 2, 3, 3);
		log.info("Demo commendations loaded: 2 decisions of Quảng Ngãi, {} recipients", count);
		return count;
	}

	private int add(DemoUser officer, Decision decision, List<Unit> communes, List<Practice> linked, int collectives,
			int individuals, int offset) {
		List<RecipientForm> forms = new ArrayList<>();
		for (int i = 0; i < collectives; i++) {
			Unit commune = communes.get((offset + i) % communes.size());
			Long practice = linked.stream()
				.filter((p) -> p.subject() == PracticeSubject.COLLECTIVE && p.ownerUnitId() == commune.id())
				.map((p) -> p.id().value())
				.findFirst()
				.orElse(null);
			forms.add(new RecipientForm(RecipientKind.COLLECTIVE, "", "", commune.id(), practice));
		}
		for (int i = 0; i < individuals; i++) {
			String[] person = PEOPLE[(offset + i) % PEOPLE.length];
			Unit commune = communes.get((offset + i + 1) % communes.size());
			Long practice = linked.stream()
				.filter((p) -> p.subject() == PracticeSubject.INDIVIDUAL && p.name().contains(person[0]))
				.map((p) -> p.id().value())
				.findFirst()
				.orElse(null);
			forms.add(new RecipientForm(RecipientKind.INDIVIDUAL, person[0], person[1], commune.id(), practice));
		}
		this.book.addRecipients(officer, decision.id().value(), forms, false);
		return forms.size();
	}

	/**
	 * The demo practices of the province (the first ids of a fresh registry).
	 */
	private List<Practice> demoPractices(DemoUser officer, long province) {
		List<Practice> found = new ArrayList<>();
		for (long id = 1; id <= 120; id++) {
			this.practices.find(officer, new PracticeId(id)).ifPresent(found::add);
		}
		return found;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? b : a;
	}

	/**
	 * The province's commission officer the book acts as.
	 */
	private record DemoUser(String getUsername, Long scopeUnitId) implements ScopedUser {

		@Override
		public boolean administrator() {
			return false;
		}

		@Override
		public boolean hasRole(Role role) {
			return role == Role.COMMISSION_OFFICER;
		}

	}

}

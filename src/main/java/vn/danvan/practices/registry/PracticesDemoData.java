package vn.danvan.practices.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.shared.security.Role;
import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.DemoDataProperties;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Demo models and exemplary persons of Quảng Ngãi (province 51) for a fresh installation
 * ({@code danvan.demo-data.enabled}): some thirty across the fields, registered in 2025
 * and 2026 by the demo communes, wards and the province's organisations, and taken
 * through the registry like any other (started, evaluated for 2025 by the province,
 * recognised, replicated, ended), so that history, audit and the computed figures are
 * real. Loaded only while the registry is empty.
 */
@Component
class PracticesDemoData {

	static final String ACTOR = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(PracticesDemoData.class);

	private static final String[] COMMUNES = { "21034", "21025", "21061", "21040", "21028", "23293" };

	private static final Object[][] MODELS = {
			{ "Dân vận khéo trong phát triển cây keo lai bền vững", "KINH_TE", "NONG_DAN" },
			{ "Tổ hợp tác nuôi bò sinh sản", "KINH_TE", "NONG_DAN" },
			{ "Chợ phiên không dùng tiền mặt", "CHUYEN_DOI_SO", "PHU_NU" },
			{ "Tuyến đường hoa nông thôn mới", "NONG_THON_MOI", "PHU_NU" },
			{ "Camera an ninh - tổ dân phố bình yên", "QUOC_PHONG_AN_NINH", "THANH_NIEN" },
			{ "Mỗi tháng một công trình thanh niên", "NONG_THON_MOI", "THANH_NIEN" },
			{ "Nhà văn hóa xanh - sạch - đẹp", "VAN_HOA_XA_HOI", "CUU_CHIEN_BINH" },
			{ "Đảng viên giúp hộ nghèo thoát nghèo", "XAY_DUNG_HTCT", "DAN_TOC_THIEU_SO" },
			{ "Chi hội phụ nữ tiết kiệm giúp nhau làm kinh tế", "KINH_TE", "PHU_NU" },
			{ "Dòng họ không có người vi phạm pháp luật", "QUOC_PHONG_AN_NINH", "TON_GIAO" },
			{ "Xóa nhà tạm, nhà dột nát cho hộ nghèo", "VAN_HOA_XA_HOI", "DAN_TOC_THIEU_SO" },
			{ "Hiến đất mở rộng đường giao thông nông thôn", "NONG_THON_MOI", "NONG_DAN" },
			{ "Bình dân học vụ số", "CHUYEN_DOI_SO", "THANH_NIEN" },
			{ "Tổ tự quản bảo vệ môi trường biển", "NONG_THON_MOI", "NONG_DAN" },
			{ "Cán bộ, công chức gần dân, trọng dân, vì dân", "XAY_DUNG_HTCT", "TRI_THUC" },
			{ "Đồng hành cùng công nhân khu kinh tế Dung Quất", "VAN_HOA_XA_HOI", "CONG_NHAN" },
			{ "Hợp tác xã dệt thổ cẩm", "KINH_TE", "DAN_TOC_THIEU_SO" },
			{ "Tiếng kẻng an ninh", "QUOC_PHONG_AN_NINH", "CUU_CHIEN_BINH" },
			{ "Dịch vụ công trực tuyến đến từng hộ", "CHUYEN_DOI_SO", "NONG_DAN" },
			{ "Bữa cơm có thịt cho học sinh bán trú", "VAN_HOA_XA_HOI", "DAN_TOC_THIEU_SO" },
			{ "Thắp sáng đường quê", "NONG_THON_MOI", "THANH_NIEN" },
			{ "Vườn mẫu nông thôn mới", "NONG_THON_MOI", "NONG_DAN" },
			{ "Giáo xứ đoàn kết xây dựng đời sống văn hóa", "VAN_HOA_XA_HOI", "TON_GIAO" },
			{ "Sản phẩm OCOP từ tỏi Lý Sơn", "KINH_TE", "NONG_DAN" },
			{ "Người uy tín tiêu biểu trong đồng bào Co", "XAY_DUNG_HTCT", "DAN_TOC_THIEU_SO" }, };

	private static final String[][] EXEMPLARS = { { "Ông Đinh Văn Lành, người uy tín thôn Gò Da", "XAY_DUNG_HTCT" },
			{ "Bà Nguyễn Thị Mai, chi hội trưởng phụ nữ", "KINH_TE" },
			{ "Ông Phạm Văn Tư, cựu chiến binh hiến đất làm đường", "NONG_THON_MOI" },
			{ "Anh Lê Quang Huy, bí thư đoàn xã", "CHUYEN_DOI_SO" },
			{ "Bà Trần Thị Hoa, tổ trưởng tổ dân phố", "QUOC_PHONG_AN_NINH" } };

	private final PracticeRegistry registry;

	private final PracticeRepository practices;

	private final Units units;

	private final DemoDataProperties demo;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	PracticesDemoData(PracticeRegistry registry, PracticeRepository practices, Units units, DemoDataProperties demo,
			TransactionTemplate transaction, JdbcClient jdbc) {
		this.registry = registry;
		this.practices = practices;
		this.units = units;
		this.demo = demo;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadOnStart() {
		if (!this.demo.enabled()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> load());
		}
		catch (RuntimeException ex) {
			log.warn("Demo models not loaded", ex);
		}
	}

	/**
	 * Loads the demo practices unless the registry holds any.
	 * @return how many were registered
	 */
	int load() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('practices.demo'))").query().singleRow();
		if (this.practices.countAll() > 0) {
			return 0;
		}
		LocalDate today = UnitScope.today();
		Optional<Unit> province = this.units.findByCode(UnitLevel.PROVINCE, "51", today);
		if (province.isEmpty()) {
			log.info("Demo models not loaded: province 51 is missing");
			return 0;
		}
		List<Unit> owners = new ArrayList<>();
		for (String code : COMMUNES) {
			this.units.findByCode(UnitLevel.COMMUNE, code, today)
				.filter((u) -> this.units.isWithin(u.id(), province.get().id(), today))
				.ifPresent(owners::add);
		}
		if (owners.isEmpty()) {
			log.info("Demo models not loaded: the demo communes of province 51 are missing");
			return 0;
		}
		DemoUser provinceOfficer = new DemoUser(ACTOR, province.get().id());
		int count = 0;
		int year = today.getYear();
		for (int i = 0; i < MODELS.length + EXEMPLARS.length; i++) {
			boolean model = i < MODELS.length;
			Unit owner = owners.get(i % owners.size());
			DemoUser officer = new DemoUser(ACTOR, owner.id());
			String name = model ? (String) MODELS[i][0] : EXEMPLARS[i - MODELS.length][0];
			String field = model ? (String) MODELS[i][1] : EXEMPLARS[i - MODELS.length][1];
			List<String> groups = model ? List.of((String) MODELS[i][2]) : List.of();
			boolean earlier = i % 3 != 2;
			int registeredYear = earlier ? year - 1 : year;
			LocalDate registeredOn = LocalDate.of(registeredYear, 1 + (i % 6), 5 + (i % 20));
			LocalDate startedOn = (i % 7 == 6) ? null : registeredOn.plusDays(20);
			String theme = "NAM_" + registeredYear;
			Practice p = this.registry
				.register(officer, new PracticeForm(name, model ? PracticeKind.MODEL : PracticeKind.EXEMPLAR,
						model ? PracticeSubject.COLLECTIVE : PracticeSubject.INDIVIDUAL, null, List.of(field), groups,
						this.practices.options(PracticeOption.THEME).stream().anyMatch((o) -> o.code().equals(theme))
								? theme : null,
						registeredOn, (startedOn != null && !startedOn.isAfter(today)) ? startedOn : null,
						"Mô hình do " + owner.fullName()
								+ " đăng ký xây dựng, gắn với nhiệm vụ chính trị của địa phương.",
						"Vận động Nhân dân cùng bàn, cùng làm; cán bộ, đảng viên đi đầu; công khai kết quả hằng quý.",
						"Đã huy động " + (50 + i * 7) + " triệu đồng, " + (120 + i * 15) + " ngày công; " + (10 + i)
								+ " hộ được giúp đỡ.",
						BigDecimal.valueOf(50 + i * 7L), 120 + i * 15, 10 + i,
						(field.equals("NONG_THON_MOI")) ? new BigDecimal("1.5").add(BigDecimal.valueOf(i % 4)) : null,
						true, null));
			count++;
			long id = p.id().value();
			if (!earlier || startedOn == null) {
				continue;
			}
			boolean effective = i % 5 != 4;
			this.registry.evaluate(provinceOfficer, id,
					new Assessment.EvaluationForm(year - 1, effective ? Evaluation.Grade.GOOD : Evaluation.Grade.WEAK,
							effective, effective ? "Triển khai hiệu quả, Nhân dân đồng tình." : "Chưa lan tỏa.",
							LocalDate.of(year, 1, 15)));
			if (!effective) {
				if (i % 2 == 0) {
					this.registry.end(officer, id, new Assessment.StepForm(LocalDate.of(year, 3, 1),
							"Không còn phù hợp với điều kiện địa phương sau sắp xếp đơn vị hành chính."));
				}
				continue;
			}
			if (i % 4 != 3) {
				this.registry.recognise(provinceOfficer, id, new Assessment.RecognitionForm(
						LocalDate.of(year, 2, 10 + (i % 15)), i % 3 == 0, i % 6 == 0, ""));
				if (i % 8 == 0) {
					this.registry.replicate(officer, id, new Assessment.StepForm(LocalDate.of(year, 6, 1),
							"Được các xã lân cận học tập, triển khai."));
				}
			}
		}
		log.info("Demo models loaded: {} models and exemplary persons of Quảng Ngãi", count);
		return count;
	}

	/**
	 * The officer of a demo unit the registry acts as.
	 */
	private record DemoUser(String getUsername, Long scopeUnitId) implements ScopedUser {

		@Override
		public boolean administrator() {
			return false;
		}

		@Override
		public boolean hasRole(Role role) {
			return role == Role.COMMISSION_OFFICER || role == Role.REPORTING_OFFICER;
		}

	}

}

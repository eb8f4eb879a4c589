package vn.danvan.reporting.demo;

import vn.danvan.reporting.Section;
import vn.danvan.reporting.TemplateStructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plausible narrative text for a demo or benchmark report of the default templates, by
 * section title.
 */
public final class DemoNarratives {

	private static final List<Map.Entry<String, String>> TEXTS = List.of(
			// The provincial templates' own sections first (their titles are more
			// specific).
			Map.entry("Công tác tham mưu",
					"""
							Trong kỳ, {0} tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện công tác dân vận năm; tổ chức hội \
							nghị quán triệt, triển khai các nghị quyết, chỉ thị, kết luận của Trung ương về công tác dân vận, \
							trực tiếp và trực tuyến đến các điểm cầu xã, phường."""),
			Map.entry("Tiếp xúc, đối thoại và",
					"""
							Trong kỳ, {0} phối hợp tổ chức các hội nghị đối thoại giữa Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh với \
							Nhân dân, thanh niên, nông dân; theo dõi việc giải đáp các ý kiến, kiến nghị sau đối thoại."""),
			Map.entry("kiểm tra, giám sát",
					"""
							Trong kỳ, {0} chủ trì các đoàn kiểm tra, giám sát việc thực hiện công tác dân vận và quy chế dân chủ ở cơ \
							sở tại một số đảng ủy xã, phường và cơ quan cấp tỉnh; kiến nghị khắc phục những hạn chế được \
							chỉ ra."""),
			Map.entry("\"Dân vận khéo\" cấp tỉnh",
					"""
							Trong kỳ, {0} tham mưu tổ chức bình xét, công nhận các mô hình, điển hình "Dân vận khéo" cấp tỉnh và đề nghị \
							Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho các tập thể, cá nhân tiêu biểu."""),
			Map.entry("đào tạo, bồi dưỡng",
					"""
							Trong kỳ, {0} mở các lớp tập huấn nghiệp vụ công tác dân vận cho cán bộ Khối dân vận, tổ dân vận các xã, \
							phường sau sắp xếp."""),
			Map.entry("Đặc điểm tình hình",
					"""
							Trong kỳ, tình hình chính trị, trật tự an toàn xã hội trên địa bàn {0} ổn định; đời sống vật chất, tinh \
							thần của Nhân dân từng bước được nâng lên. Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa \
							phương hai cấp, bộ máy đi vào hoạt động nền nếp. Khó khăn: địa bàn rộng, một bộ phận cán bộ mới đảm nhận \
							nhiệm vụ, thời tiết diễn biến phức tạp ảnh hưởng đến sản xuất của Nhân dân."""),
			Map.entry("Công tác lãnh đạo", """
					Đảng ủy {0} ban hành kế hoạch thực hiện công tác dân vận năm, chỉ đạo học tập, quán triệt các \
					nghị quyết, chỉ thị, kết luận của Đảng về công tác dân vận đến toàn thể cán bộ, đảng viên; gắn \
					công tác dân vận với thực hiện nhiệm vụ chính trị của địa phương."""),
			Map.entry("cơ quan nhà nước, chính quyền", """
					Ủy ban nhân dân {0} đẩy mạnh cải cách hành chính, vận hành Trung tâm phục vụ hành chính công; \
					người đứng đầu cấp ủy, chính quyền tổ chức tiếp xúc, đối thoại trực tiếp với Nhân dân; các ý kiến, \
					kiến nghị được tiếp thu, giải đáp kịp thời, đơn thư được xem xét, giải quyết đúng quy định."""),
			Map.entry("Mặt trận Tổ quốc", """
					Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội {0} tập trung củng cố tổ chức, phát triển \
					đoàn viên, hội viên; tổ chức giám sát, phản biện xã hội; vận động Nhân dân thực hiện phong trào \
					"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"."""),
			Map.entry("lực lượng vũ trang",
					"""
							Công an, Ban Chỉ huy quân sự phối hợp tuyên truyền, vận động Nhân dân tham gia bảo vệ an ninh \
							trật tự; tham gia giúp dân khắc phục hậu quả thiên tai, sửa chữa nhà ở, làm đường giao thông nông thôn."""),
			Map.entry("dân tộc, tôn giáo",
					"""
							Tình hình đồng bào dân tộc thiểu số và đồng bào có đạo ổn định; các cơ sở tôn giáo hoạt động \
							đúng quy định; thường xuyên thăm hỏi, tặng quà người có uy tín, chức sắc, chức việc nhân các dịp lễ, tết."""),
			Map.entry("dân chủ ở cơ sở",
					"""
							Thực hiện tốt Luật Thực hiện dân chủ ở cơ sở; công khai các nội dung Nhân dân được biết, được \
							bàn, được quyết định, được kiểm tra, giám sát; tổ chức hội nghị Nhân dân ở thôn, tổ dân phố đúng quy định."""),
			Map.entry("Dân vận khéo", """
					Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng; các mô hình tập trung vào phát triển \
					kinh tế, xây dựng nông thôn mới, bảo đảm an ninh trật tự. Tiêu biểu: mô hình "Tổ tự quản đường \
					làng, ngõ xóm xanh - sạch - đẹp", mô hình "Chi hội nông dân nghề nghiệp trồng rau an toàn"."""),
			Map.entry("Nắm tình hình Nhân dân",
					"""
							Thường xuyên nắm tình hình tư tưởng, dư luận xã hội; Nhân dân quan tâm đến việc sắp xếp bộ máy, \
							giá cả hàng hóa, bồi thường giải phóng mặt bằng. Không phát sinh điểm nóng, khiếu kiện đông người."""),
			Map.entry("hệ thống dân vận", """
					Khối dân vận {0} được kiện toàn sau sắp xếp, hoạt động theo quy chế; tổ dân vận ở các thôn, tổ \
					dân phố được củng cố, thành viên được tập huấn nghiệp vụ."""), Map.entry("Ưu điểm", """
					Công tác dân vận có chuyển biến tích cực; sự phối hợp giữa chính quyền, Mặt trận và các đoàn thể \
					chặt chẽ hơn; niềm tin của Nhân dân đối với cấp ủy, chính quyền được củng cố."""),
			Map.entry("Hạn chế", """
					Một số mô hình "Dân vận khéo" chưa bền vững; việc nắm tình hình có lúc chưa kịp thời; giải quyết \
					một số đơn thư còn chậm."""), Map.entry("Nguyên nhân", """
					Khách quan: địa bàn rộng, bộ máy mới sắp xếp. Chủ quan: một số cán bộ chưa chủ động, kinh nghiệm \
					công tác dân vận còn hạn chế."""), Map.entry("Bài học", """
					Phải sâu sát cơ sở, lắng nghe Nhân dân; phát huy vai trò người đứng đầu; gắn công tác dân vận với \
					nhiệm vụ phát triển kinh tế - xã hội."""), Map.entry("PHƯƠNG HƯỚNG", """
					Tiếp tục quán triệt, thực hiện các nghị quyết, chỉ thị, kết luận của Đảng về công tác dân vận; \
					nâng cao chất lượng tiếp xúc, đối thoại; nhân rộng mô hình "Dân vận khéo"; nắm chắc tình hình \
					Nhân dân, giải quyết kịp thời kiến nghị chính đáng của Nhân dân."""), Map.entry("KIẾN NGHỊ", """
					Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tiếp tục mở lớp tập huấn nghiệp vụ công tác dân vận \
					cho cán bộ cấp xã sau sắp xếp."""));

	private DemoNarratives() {
	}

	/**
	 * Text for every narrative section of the template (about {@code share} of them).
	 */
	public static Map<Long, String> of(TemplateStructure structure, String unitName, double share) {
		Map<Long, String> narratives = new LinkedHashMap<>();
		int index = 0;
		for (Section section : structure.sections()) {
			if (!section.narrative()) {
				continue;
			}
			if (share < 1 && (index++ % Math.max(1, (int) Math.round(1 / share))) != 0) {
				continue;
			}
			String text = TEXTS.stream()
				.filter((e) -> section.title().contains(e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("Nội dung đã được {0} tổng hợp đầy đủ.");
			narratives.put(section.id(), text.replace("{0}", unitName));
		}
		return narratives;
	}

}

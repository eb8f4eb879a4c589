package vn.danvan.analytics.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TablesTests {

	@Test
	void csvCellsThatASpreadsheetWouldReadAsFormulasStayText() {
		byte[] csv = Tables.csv(List.of("Đơn vị", "Số"),
				List.of(List.of("=HYPERLINK(\"http://x\",\"Bấm\")", new BigDecimal("-5")), List.of("+1", -3),
						List.of("-cmd", BigDecimal.ONE), List.of("@SUM(A1)", 2), List.of("Xã Bình An", 7)));
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Bấm\"\")\",-5\r\n")
			.contains("'+1,-3\r\n")
			.contains("'-cmd,1\r\n")
			.contains("'@SUM(A1),2\r\n")
			.contains("Xã Bình An,7\r\n");
	}

}

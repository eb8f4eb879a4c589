package vn.danvan.shared.database;

import java.nio.file.Path;

/**
 * Another running Danvan already uses this data directory; starting a second server on it
 * would corrupt the data.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	public DataDirectoryInUseException(Path dataDirectory) {
		super("Thư mục dữ liệu " + dataDirectory + " đang được một tiến trình Danvan khác sử dụng. "
				+ "Hãy dừng tiến trình đó hoặc đặt DANVAN_DATA_DIR khác. / The data directory " + dataDirectory
				+ " is in use by another running Danvan: stop it or set another DANVAN_DATA_DIR.");
	}

}

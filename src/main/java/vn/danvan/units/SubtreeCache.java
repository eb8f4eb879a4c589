package vn.danvan.units;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The ids of a unit's subtree on a date, kept for a short while: a report's computed
 * figures ask every registry for the same province's subtree a dozen times within one
 * request. Emptied when any change of the tree commits (units publishes an event for
 * every change), and each entry lives at most {@link #TTL} in any case (a change made by
 * another node of a cluster).
 */
@Component
class SubtreeCache {

	static final Duration TTL = Duration.ofSeconds(30);

	private static final int MAX_ENTRIES = 2_000;

	private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	List<Long> get(long unitId, LocalDate date, Supplier<List<Long>> read) {
		Key key = new Key(unitId, date);
		long now = System.nanoTime();
		synchronized (this.entries) {
			Entry entry = this.entries.get(key);
			if (entry != null && now - entry.readAt() < TTL.toNanos()) {
				return entry.ids();
			}
		}
		List<Long> ids = List.copyOf(read.get());
		synchronized (this.entries) {
			this.entries.put(key, new Entry(ids, now));
		}
		return ids;
	}

	void clear() {
		synchronized (this.entries) {
			this.entries.clear();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(UnitCreated event) {
		clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(UnitChanged event) {
		clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(UnitClosed event) {
		clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SuccessionRecorded event) {
		clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(UnitsImported event) {
		clear();
	}

	private record Key(long unitId, LocalDate date) {
	}

	private record Entry(List<Long> ids, long readAt) {
	}

}

package vn.danvan.practices;

import java.time.Instant;
import java.util.Map;

/**
 * A practice's description was changed by its owner unit: the attributes before and
 * after.
 */
public record PracticeChanged(PracticeId practiceId, long ownerUnitId, String actor, Instant at,
		Map<String, Object> before, Map<String, Object> after) {

}

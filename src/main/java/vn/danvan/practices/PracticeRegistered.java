package vn.danvan.practices;

import java.time.Instant;
import java.util.Map;

/**
 * A model or exemplary person was registered by its owner unit.
 */
public record PracticeRegistered(PracticeId practiceId, long ownerUnitId, String actor, Instant at,
		Map<String, Object> after) {

}

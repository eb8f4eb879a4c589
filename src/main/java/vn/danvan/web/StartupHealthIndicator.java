package vn.danvan.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code startup} in {@code /actuator/health}: out of service (503) until the application
 * is ready, i.e. until everything done on start — the default report templates and, when
 * on, the demo units, users and reports — has been loaded. The web server answers
 * earlier; a load balancer or a person waiting for {@code UP} then finds the demo users
 * there.
 */
@Component("startup")
class StartupHealthIndicator implements HealthIndicator {

	private final ApplicationAvailability availability;

	StartupHealthIndicator(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	public Health health() {
		return ready(this.availability) ? Health.up().build()
				: Health.outOfService().withDetail("reason", "loading start-up data").build();
	}

	static boolean ready(ApplicationAvailability availability) {
		return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

}

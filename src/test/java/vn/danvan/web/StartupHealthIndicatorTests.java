package vn.danvan.web;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.ui.ExtendedModelMap;

import vn.danvan.accounts.AccountsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until everything loaded on start (the demo users among it) is there, the health is out
 * of service and the sign-in page says Danvan is still starting; then UP and no notice.
 */
class StartupHealthIndicatorTests {

	final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	@Test
	void outOfServiceUntilTheApplicationIsReadyThenUp() {
		StartupHealthIndicator indicator = new StartupHealthIndicator(this.availability);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void theSignInPageSaysItIsStillStartingUntilReady() {
		LoginController login = new LoginController(Mockito.mock(AccountsProperties.class), this.availability);
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(login.signInForm(null, null, null, model)).isEqualTo("web/login");
		assertThat(model.get("starting")).isEqualTo(true);

		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		model = new ExtendedModelMap();
		login.signInForm(null, null, null, model);
		assertThat(model.get("starting")).isEqualTo(false);
	}

}

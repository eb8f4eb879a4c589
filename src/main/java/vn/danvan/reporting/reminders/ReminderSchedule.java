package vn.danvan.reporting.reminders;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import vn.danvan.shared.time.VietnamTime;

/**
 * Scheduling on a cluster: ShedLock locks in {@code reporting.shedlock} on the database's
 * clock, the reminder job on {@code danvan.reporting.reminders.cron} in Vietnam time
 * (unless {@code danvan.reporting.reminders.enabled=false}), and asynchronous event
 * listeners.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ReminderSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final ReminderProperties properties;

	private final ReminderJob job;

	ReminderSchedule(ReminderProperties properties, ReminderJob job) {
		this.properties = properties;
		this.job = job;
	}

	@Bean
	static LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("reporting.shedlock")
			.usingDbTime()
			.build());
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.properties.enabled()) {
			log.info("Automatic reminders are off (danvan.reporting.reminders.enabled=false)");
			return;
		}
		registrar.addTriggerTask(this.job::run, new CronTrigger(this.properties.cron(), VietnamTime.ZONE));
	}

}

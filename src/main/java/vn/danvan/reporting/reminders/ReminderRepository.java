package vn.danvan.reporting.reminders;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reminders due today and not yet sent: units of open periods whose report is not
	 * handed in, with the kind the day calls for.
	 */
	List<DueReminder> due(LocalDate today, int daysBefore, int overdueWithinDays) {
		return this.jdbc.sql("""
				with due as (
				    select p.id as period_id, s.id as submission_id, s.unit_id,
				           case when :today > p.deadline then 'OVERDUE'
				                when :today = p.deadline then 'ON_DEADLINE'
				                else 'BEFORE' end as kind
				    from reporting.period p
				    join reporting.submission s on s.period_id = p.id
				    where p.closed_at is null
				      and s.state in ('NOT_STARTED', 'DRAFT', 'RETURNED')
				      and p.deadline - cast(:daysBefore as int) <= :today
				      and p.deadline + cast(:overdueWithinDays as int) >= :today
				)
				select d.period_id, d.submission_id, d.unit_id, d.kind from due d
				where not exists (select 1 from reporting.reminder r
				                  where r.period_id = d.period_id and r.unit_id = d.unit_id and r.kind = d.kind)
				order by d.period_id, d.unit_id
				""")
			.param("today", today)
			.param("daysBefore", daysBefore)
			.param("overdueWithinDays", overdueWithinDays)
			.query((rs, n) -> new DueReminder(rs.getLong("period_id"), rs.getLong("submission_id"),
					rs.getLong("unit_id"), ReminderKind.valueOf(rs.getString("kind"))))
			.list();
	}

	/**
	 * Takes the reminder for this node: true only for the one transaction whose insert
	 * succeeds; a concurrent one waits for it and then finds the row.
	 */
	boolean claim(long periodId, long unitId, ReminderKind kind) {
		return this.jdbc.sql("""
				insert into reporting.reminder (period_id, unit_id, kind) values (?, ?, ?)
				on conflict do nothing
				""").params(periodId, unitId, kind.name()).update() == 1;
	}

	boolean stillPending(long submissionId) {
		return this.jdbc.sql("""
				select count(*) from reporting.submission
				where id = ? and state in ('NOT_STARTED', 'DRAFT', 'RETURNED')
				""").param(submissionId).query(Integer.class).single() > 0;
	}

	void recipients(long periodId, long unitId, ReminderKind kind, int recipients) {
		this.jdbc.sql("update reporting.reminder set recipients = ? where period_id = ? and unit_id = ? and kind = ?")
			.params(recipients, periodId, unitId, kind.name())
			.update();
	}

	void emailed(long periodId, long unitId, ReminderKind kind, MailGateway.Outcome outcome) {
		this.jdbc.sql("""
				update reporting.reminder
				set email_sent_at = case when :sent > 0 then now() end, email_error = :error
				where period_id = :period and unit_id = :unit and kind = :kind
				""")
			.param("sent", outcome.sent())
			.param("error", outcome.error())
			.param("period", periodId)
			.param("unit", unitId)
			.param("kind", kind.name())
			.update();
	}

	long insertManual(long periodId, long unitId, String sentBy, int recipients) {
		return this.jdbc.sql("""
				insert into reporting.manual_reminder (period_id, unit_id, sent_by, recipients)
				values (?, ?, ?, ?) returning id
				""").params(periodId, unitId, sentBy, recipients).query(Long.class).single();
	}

	void manualEmailed(long id, MailGateway.Outcome outcome) {
		this.jdbc.sql("""
				update reporting.manual_reminder
				set email_sent_at = case when :sent > 0 then now() end, email_error = :error
				where id = :id
				""").param("sent", outcome.sent()).param("error", outcome.error()).param("id", id).update();
	}

	record DueReminder(long periodId, long submissionId, long unitId, ReminderKind kind) {
	}

}

package vn.danvan.reporting.reminders;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitScope;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Reminders before, on and after the deadline, each once even when runs race; manual
 * reminders; notifications of state changes; e-mail through GreenMail.
 */
@DanvanIntegrationTest
class RemindersTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	UnitAdministration units;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderJob job;

	@Autowired
	Notifications notifications;

	@Autowired
	MailGateway mail;

	@Autowired
	JdbcClient jdbc;

	ReportingFixture world;

	SignedInUser province;

	SignedInUser commune;

	@BeforeEach
	void setUp() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.province = this.world.signedIn(this.world.provinceOfficer);
		this.commune = this.world.signedIn(this.world.communeOfficer);
		this.mail.useSender(sender(greenMail.getSmtp().getPort()));
	}

	@AfterEach
	void restoreMail() {
		this.mail.useSender(null);
	}

	@Test
	void beforeOnAndAfterTheDeadlineEachReminderGoesOutOnce() throws Exception {
		LocalDate deadline = farDeadline();
		Period period = open(deadline);
		this.reminders.sendDue(deadline.minusDays(4));
		assertThat(kinds(period, this.world.commune)).isEmpty();
		this.reminders.sendDue(deadline.minusDays(3));
		this.reminders.sendDue(deadline.minusDays(3));
		this.reminders.sendDue(deadline.minusDays(1));
		assertThat(kinds(period, this.world.commune)).containsExactly("BEFORE");
		assertThat(kinds(period, this.world.otherCommune)).containsExactly("BEFORE");
		MimeMessage before = single(mailsTo(this.world.communeOfficer));
		assertThat(before.getSubject())
			.isEqualTo("[Danvan] Sắp đến hạn nộp báo cáo “" + period.templateName() + "”, kỳ “" + period.name() + "”");
		long submissionId = own(period).id();
		assertThat(text(before)).contains("Kính gửi Cán bộ " + this.world.communeOfficer)
			.contains("Xã Bình An " + this.world.prefix)
			.contains("Hạn nộp: " + vn.danvan.shared.time.VietnamTime.DATE.format(deadline) + " (còn 3 ngày)")
			.contains("https://danvan.test/reporting/submissions/" + submissionId);

		this.reminders.sendDue(deadline);
		this.reminders.sendDue(deadline);
		assertThat(kinds(period, this.world.commune)).containsExactly("BEFORE", "ON_DEADLINE");
		this.reminders.sendDue(deadline.plusDays(1));
		this.reminders.sendDue(deadline.plusDays(2));
		assertThat(kinds(period, this.world.commune)).containsExactly("BEFORE", "ON_DEADLINE", "OVERDUE");
		assertThat(kinds(period, this.world.otherCommune)).containsExactly("BEFORE", "ON_DEADLINE", "OVERDUE");

		List<MimeMessage> mails = mailsTo(this.world.communeOfficer);
		assertThat(mails).hasSize(3);
		assertThat(text(mails.get(1))).contains("(hôm nay là ngày cuối cùng)");
		assertThat(text(mails.get(2))).contains("(đã quá hạn 1 ngày)");
		assertThat(mails.get(2).getSubject()).startsWith("[Danvan] Quá hạn nộp báo cáo");
		assertThat(mailsTo(this.world.otherCommuneOfficer)).hasSize(3);
		assertThat(mailsTo(this.world.provinceOfficer)).isEmpty();

		List<Notification> told = this.notifications.list(this.world.communeOfficer);
		assertThat(told).hasSize(3).allSatisfy((n) -> {
			assertThat(n.unread()).isTrue();
			assertThat(n.link()).isEqualTo("/reporting/submissions/" + submissionId);
		});
		assertThat(told.get(0).title()).startsWith("Quá hạn nộp báo cáo");
		assertThat(this.notifications.unread(this.world.communeOfficer)).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select count(*) from reporting.reminder
				where period_id = ? and email_sent_at is not null and email_error is null and recipients = 1
				""").param(period.id()).query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void aReminderMissedTheDayAfterTheDeadlineIsSentLaterButNotForever() {
		LocalDate deadline = farDeadline();
		Period period = open(deadline);
		this.reminders.sendDue(deadline.plusDays(8));
		assertThat(kinds(period, this.world.commune)).isEmpty();
		this.reminders.sendDue(deadline.plusDays(5));
		assertThat(kinds(period, this.world.commune)).containsExactly("OVERDUE");
		assertThat(text(single(mailsTo(this.world.communeOfficer)))).contains("(đã quá hạn 5 ngày)");
	}

	@Test
	void unitsThatHandedInAndClosedPeriodsAreNotReminded() {
		LocalDate deadline = farDeadline();
		Period period = open(deadline);
		Submission s = own(period);
		s = this.submissions.save(this.commune, s.id(), s.version(),
				Map.of(this.world.code("REG") + ".A", "2", this.world.code("MEM"), "100"), Map.of(), "FORM");
		this.submissions.submit(this.commune, s.id(), s.version());
		Period closed = open(deadline);
		this.periods.close(this.province, closed.id());

		this.reminders.sendDue(deadline);

		assertThat(kinds(period, this.world.commune)).isEmpty();
		assertThat(kinds(period, this.world.otherCommune)).containsExactly("ON_DEADLINE");
		assertThat(kinds(closed, this.world.otherCommune)).isEmpty();
		assertThat(mailsTo(this.world.communeOfficer)).isEmpty();
		assertThat(mailsTo(this.world.otherCommuneOfficer)).hasSize(1);
	}

	@Test
	void theJobRunTwiceOrOnTwoRacingNodesSendsEachReminderOnce() throws Exception {
		LocalDate today = UnitScope.today();
		Period period = open(today.plusDays(2));
		this.job.run();
		this.job.run();
		race(4, () -> {
			this.job.run();
			return null;
		});
		assertThat(kinds(period, this.world.commune)).containsExactly("BEFORE");
		assertThat(kinds(period, this.world.otherCommune)).containsExactly("BEFORE");
		assertThat(mailsTo(this.world.communeOfficer)).hasSize(1);
		assertThat(mailsTo(this.world.otherCommuneOfficer)).hasSize(1);
		assertThat(this.notifications.list(this.world.communeOfficer)).hasSize(1);
	}

	@Test
	void withoutTheLockTheDatabaseStillLetsOnlyOneOfRacingRunsSend() throws Exception {
		LocalDate deadline = farDeadline();
		Period period = open(deadline);
		List<Integer> sent = race(6, () -> this.reminders.sendDue(deadline));
		assertThat(kinds(period, this.world.commune)).containsExactly("ON_DEADLINE");
		assertThat(kinds(period, this.world.otherCommune)).containsExactly("ON_DEADLINE");
		assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(2);
		assertThat(mailsTo(this.world.communeOfficer)).hasSize(1);
		assertThat(mailsTo(this.world.otherCommuneOfficer)).hasSize(1);
		assertThat(this.notifications.list(this.world.communeOfficer)).hasSize(1);
		assertThat(this.notifications.list(this.world.otherCommuneOfficer)).hasSize(1);
	}

	@Test
	void whenSmtpIsDownTheNotificationStaysAndTheErrorIsRecorded() throws Exception {
		this.mail.useSender(sender(closedPort()));
		LocalDate deadline = farDeadline();
		Period period = open(deadline);
		this.reminders.sendDue(deadline);
		assertThat(this.notifications.list(this.world.communeOfficer)).singleElement()
			.satisfies((n) -> assertThat(n.title()).startsWith("Hôm nay là hạn nộp báo cáo"));
		assertThat(this.jdbc.sql("""
				select email_error from reporting.reminder where period_id = ? and unit_id = ? and kind = 'ON_DEADLINE'
				""").params(period.id(), this.world.commune).query(String.class).single())
			.contains("MailSendException");
		assertThat(this.jdbc.sql("""
				select count(*) from reporting.reminder where period_id = ? and email_sent_at is null
				""").param(period.id()).query(Long.class).single()).isEqualTo(2);
		this.reminders.sendDue(deadline);
		assertThat(this.notifications.list(this.world.communeOfficer)).hasSize(1);
	}

	@Test
	void withoutSmtpRemindersAreInAppOnly() {
		this.mail.useSender(null);
		assertThat(this.mail.enabled()).isFalse();
		LocalDate deadline = farDeadline();
		Period period = open(deadline);
		this.reminders.sendDue(deadline);
		assertThat(this.notifications.list(this.world.communeOfficer)).hasSize(1);
		assertThat(this.jdbc.sql("""
				select count(*) from reporting.reminder
				where period_id = ? and email_sent_at is null and email_error is null
				""").param(period.id()).query(Long.class).single()).isEqualTo(2);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void aReviewerRemindsEveryUnitNotHandedInAsOftenAsNeeded() {
		Period period = open(farDeadline());
		Submission s = own(period);
		s = this.submissions.save(this.commune, s.id(), s.version(),
				Map.of(this.world.code("REG") + ".A", "2", this.world.code("MEM"), "100"), Map.of(), "FORM");
		this.submissions.submit(this.commune, s.id(), s.version());

		assertThat(this.reminders.sendManual(this.province, period.id())).isEqualTo(1);
		assertThat(this.reminders.sendManual(this.province, period.id())).isEqualTo(1);

		assertThat(this.jdbc.sql("select unit_id from reporting.manual_reminder where period_id = ?")
			.param(period.id())
			.query(Long.class)
			.list()).containsExactly(this.world.otherCommune, this.world.otherCommune);
		assertThat(mailsTo(this.world.otherCommuneOfficer)).hasSize(2)
			.allSatisfy((m) -> assertThat(m.getSubject()).startsWith("[Danvan] Nhắc nộp báo cáo"));
		assertThat(mailsTo(this.world.communeOfficer)).isEmpty();
		assertThat(this.jdbc.sql("""
				select details ->> 'units' from accounts.audit_log
				where action = 'REMINDERS_SENT' and target_id = ? and actor = ?
				""").params(String.valueOf(period.id()), this.world.provinceOfficer).query(String.class).list())
			.containsExactly("1", "1");
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(
				() -> this.reminders.sendManual(this.world.signedIn(this.world.otherCommuneOfficer), period.id()));
		this.periods.close(this.province, period.id());
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(() -> this.reminders.sendManual(this.province, period.id()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.reminders.error.periodClosed"));
	}

	@Test
	void stateChangesNotifyTheReviewersAndTheUnit() throws Exception {
		Period period = open(farDeadline());
		Submission s = own(period);
		s = this.submissions.save(this.commune, s.id(), s.version(),
				Map.of(this.world.code("REG") + ".A", "2", this.world.code("MEM"), "100"), Map.of(), "FORM");
		s = this.submissions.submit(this.commune, s.id(), s.version());
		long id = s.id();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.list(this.world.provinceOfficer)).singleElement()
				.satisfies((n) -> {
					assertThat(n.title()).startsWith("Xã Bình An " + this.world.prefix + " đã nộp báo cáo");
					assertThat(n.link()).isEqualTo("/reporting/submissions/" + id);
				}));

		s = this.submissions.returnToUnit(this.province, s.id(), "Số hội viên chưa khớp", s.version());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.list(this.world.communeOfficer)).singleElement()
				.satisfies((n) -> assertThat(n.body()).contains("Ý kiến: Số hội viên chưa khớp")));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailsTo(this.world.communeOfficer)).singleElement()
				.satisfies((m) -> assertThat(text(m)).contains("Số hội viên chưa khớp")
					.contains("https://danvan.test/reporting/submissions/" + id)));

		s = this.submissions.submit(this.commune, s.id(), s.version());
		s = this.submissions.approve(this.province, s.id(), s.version());
		s = this.submissions.reopen(this.province, s.id(), "Sai số liệu", s.version());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(this.notifications.list(this.world.communeOfficer)).extracting(Notification::title)
						.hasSize(3)
						.anySatisfy((t) -> assertThat(t).contains("đã được duyệt"))
						.anySatisfy((t) -> assertThat(t).contains("được mở lại để sửa")));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailsTo(this.world.communeOfficer)).hasSize(2));
		assertThat(this.notifications.list(this.world.provinceOfficer)).hasSize(2);
		assertThat(this.notifications.list(this.world.otherCommuneOfficer)).isEmpty();
	}

	@Test
	void withoutOfficersAtThePeriodsUnitTheParentsOfficersAreTold() throws Exception {
		Period period = open(farDeadline());
		this.jdbc.sql("update reporting.period set owner_unit_id = ? where id = ?")
			.params(this.world.centre, period.id())
			.update();
		String provinceReviewer = this.world.provinceOfficer;
		Submission s = own(period);
		s = this.submissions.save(this.commune, s.id(), s.version(),
				Map.of(this.world.code("REG") + ".A", "2", this.world.code("MEM"), "100"), Map.of(), "FORM");
		this.submissions.submit(this.commune, s.id(), s.version());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.list(provinceReviewer)).hasSize(1));
	}

	@Test
	void aStepDoneSettlesTheNotificationsThatAskedForIt() throws Exception {
		Period period = open(farDeadline());
		Submission s = own(period);
		this.reminders.sendManual(this.province, period.id());
		assertThat(this.notifications.unread(this.world.communeOfficer)).isEqualTo(1);
		s = this.submissions.save(this.commune, s.id(), s.version(),
				Map.of(this.world.code("REG") + ".A", "2", this.world.code("MEM"), "100"), Map.of(), "FORM");
		s = this.submissions.submit(this.commune, s.id(), s.version());
		// Handed in: the reminder no longer asks the unit for anything; the reviewer is
		// asked.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.unread(this.world.provinceOfficer)).isEqualTo(1));
		assertThat(this.notifications.unread(this.world.communeOfficer)).isZero();
		assertThat(this.notifications.list(this.world.communeOfficer)).hasSize(1);

		s = this.submissions.approve(this.province, s.id(), s.version());
		// Approved: the reviewer's "đã nộp" is settled, the unit is told once.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.unread(this.world.communeOfficer)).isEqualTo(1));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.unread(this.world.provinceOfficer)).isZero());
		assertThat(this.notifications.list(this.world.provinceOfficer)).singleElement()
			.satisfies((n) -> assertThat(n.unread()).isFalse());
	}

	@Test
	void aStepToldAfterALaterOneArrivesAlreadyRead() {
		String link = "/reporting/submissions/" + (900_000_000L + System.nanoTime() % 1_000_000L);
		java.time.Instant now = java.time.Instant.now();
		this.notifications.settle(link, now);
		assertThat(this.notifications.notify(this.world.communeOfficer, "Đã được duyệt", "", link, link + ":approved",
				now))
			.isTrue();
		// The earlier step's event is delivered last: it must not ask again.
		assertThat(this.notifications.notify(this.world.provinceOfficer, "Đã nộp", "", link, link + ":submitted",
				now.minusSeconds(5)))
			.isTrue();
		assertThat(this.notifications.list(this.world.provinceOfficer)).singleElement()
			.satisfies((n) -> assertThat(n.unread()).isFalse());
		assertThat(this.notifications.unread(this.world.communeOfficer)).isEqualTo(1);
		// Redelivered: nothing added.
		assertThat(this.notifications.notify(this.world.communeOfficer, "Đã được duyệt", "", link, link + ":approved",
				now))
			.isFalse();
	}

	@Test
	void notificationsAreMarkedReadOnlyByTheirOwner() {
		this.notifications.notify(this.world.communeOfficer, "Một", "", null);
		this.notifications.notify(this.world.communeOfficer, "Hai", "", "/reporting/submissions/1");
		List<Notification> list = this.notifications.list(this.world.communeOfficer);
		assertThat(list).extracting(Notification::title).containsExactly("Hai", "Một");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.notifications.markRead(this.world.otherCommuneOfficer, list.get(0).id()));
		this.notifications.markRead(this.world.communeOfficer, list.get(0).id());
		assertThat(this.notifications.unread(this.world.communeOfficer)).isEqualTo(1);
		assertThat(this.notifications.markAllRead(this.world.communeOfficer)).isEqualTo(1);
		assertThat(this.notifications.unread(this.world.communeOfficer)).isZero();
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.notifications.notify(this.world.communeOfficer, "X", "", "https://example.com/"));
	}

	private Period open(LocalDate deadline) {
		return this.world.openPeriod("Kỳ thử " + deadline, deadline.minusDays(60), deadline.minusDays(10), deadline);
	}

	private Submission own(Period period) {
		return this.submissions.find(this.commune, period.id(), this.world.commune).orElseThrow();
	}

	/**
	 * A deadline far in the future, different for each test, so that other tests' periods
	 * are rarely due on the same day (and would not change what this test counts).
	 */
	private static LocalDate farDeadline() {
		return LocalDate.of(2045, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
	}

	private List<String> kinds(Period period, long unitId) {
		return this.jdbc
			.sql("select kind from reporting.reminder where period_id = ? and unit_id = ? order by sent_at, kind")
			.params(period.id(), unitId)
			.query(String.class)
			.list();
	}

	private List<MimeMessage> mailsTo(String username) {
		String address = username + "@danvan.vn";
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			try {
				if (message.getAllRecipients()[0].toString().equals(address)) {
					found.add(message);
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return found;
	}

	private static MimeMessage single(List<MimeMessage> messages) {
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private static String text(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

package vn.danvan.accounts.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one listener writing audited events: in the publisher's transaction, so a change
 * that rolls back leaves no line and one that commits leaves exactly its line, with the
 * address of the request it came from.
 */
@DanvanIntegrationTest
class AuditedEventsWriterTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void anEventOfATransactionThatRollsBackLeavesNoLine() {
		String actor = actor();
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new SomethingHappened(actor));
			assertThat(lines(actor)).as("written inside the transaction").hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(lines(actor)).isEmpty();
	}

	@Test
	void anEventOfATransactionThatCommitsLeavesExactlyItsLineWithTheRequestsAddress() {
		String actor = actor();
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new SomethingHappened(actor)));
		List<Map<String, Object>> lines = lines(actor);
		assertThat(lines).hasSize(1);
		Map<String, Object> line = lines.get(0);
		assertThat(line).containsEntry("action", "TEST_SOMETHING_HAPPENED")
			.containsEntry("target_type", "thing")
			.containsEntry("target_id", "42")
			.containsEntry("unit_id", 7L)
			.containsEntry("remote_ip", "203.0.113.7");
		assertThat((String) line.get("details")).contains("\"colour\"").contains("\"blue\"");
	}

	private List<Map<String, Object>> lines(String actor) {
		return this.jdbc.sql("""
				select action, target_type, target_id, unit_id, remote_ip, details::text as details
				from accounts.audit_log where actor = :actor
				""").param("actor", actor).query().listOfRows();
	}

	private static String actor() {
		return "writer-" + UUID.randomUUID().toString().substring(0, 8);
	}

	record SomethingHappened(String actor) implements Audited {

		@Override
		public AuditEntry audit() {
			return AuditEntry.of(this.actor, "TEST_SOMETHING_HAPPENED", "thing", 42L, 7L, Map.of("colour", "blue"));
		}

	}

}

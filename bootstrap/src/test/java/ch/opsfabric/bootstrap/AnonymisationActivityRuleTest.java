package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase;
import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase.Anonymised;
import ch.opsfabric.application.port.out.AnonymiseActivityPort;
import ch.opsfabric.application.port.out.AnonymiseTicketsPort;
import ch.opsfabric.application.port.out.SettleReportFactsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.privacy.AnonymiseIdleTicketsService;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * docs/privacy.md over a real PostgreSQL, the cases of the activity rule and the rows without a ticket: a ticket is
 * due only when nothing about it happened for 24 months and nothing is waiting to be sent; a row without a ticket is
 * due by its own time; two instances share a large run. The clock stands at {@link TestClockFactory#START}
 * (24 November 2026), so whatever happened before 24 November 2024 is due. Each test runs the anonymisation until
 * nothing is due, so the next one starts from a clean slate.
 */
@MicronautTest(transactional = false)
class AnonymisationActivityRuleTest extends ServiceTest {

    private static final Instant OLD = Instant.parse("2024-06-01T08:00:00Z");
    private static final Instant RECENT = Instant.parse("2025-06-01T08:00:00Z");
    private static final String PHONE = "+41793330033";

    @Inject
    MutableClock clock;

    @Inject
    AnonymiseIdleTicketsUseCase anonymisation;

    @Inject
    Transactions transactions;

    @Inject
    AnonymiseTicketsPort ticketsPort;

    @Inject
    AnonymiseActivityPort activityPort;

    @Inject
    SettleReportFactsPort reportsPort;

    private UUID business;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(TestDatabase.freshDatabase());
    }

    @BeforeAll
    void aBusiness() {
        business = UUID.fromString((String) new Api(http).provision("activity-rule").get("id"));
    }

    @BeforeEach
    void atTheStart() {
        clock.set(TestClockFactory.START);
    }

    @Test
    void an_old_ticket_with_a_recent_event_keeps_its_data() {
        var withRecentEvent = ticket(OLD);
        event(withRecentEvent, RECENT);
        var without = ticket(OLD);
        event(without, OLD);

        anonymisation.anonymiseIdle();

        assertKept(withRecentEvent);
        assertAnonymised(without);
    }

    @Test
    void an_old_ticket_with_a_recent_sms_keeps_its_data() {
        var withRecentSms = ticket(OLD);
        smsLog(withRecentSms, RECENT);
        var without = ticket(OLD);
        smsLog(without, OLD);

        anonymisation.anonymiseIdle();

        assertKept(withRecentSms);
        assertAnonymised(without);
    }

    @Test
    void an_old_ticket_with_an_sms_still_waiting_keeps_its_data_until_it_is_sent() {
        var waiting = ticket(OLD);
        var sms = queuedSms(waiting, OLD, "pending");

        anonymisation.anonymiseIdle();
        assertKept(waiting);

        rows.list("UPDATE outbound_sms SET status = 'sent', sent_at = ? WHERE id = ? RETURNING id", ts(OLD), sms);
        anonymisation.anonymiseIdle();
        assertAnonymised(waiting);
    }

    @Test
    void rows_without_a_ticket_lose_their_personal_data_after_24_months_and_keep_times_statuses_and_outcomes() {
        var oldCall = call(OLD);
        var recentCall = call(RECENT);
        var inbound = rows.one("""
                INSERT INTO sms_log (id, customer_id, direction, from_number, to_number, body, status, created_at,
                    reply_kind) VALUES (?, ?, 'inbound', ?, '+41435009001', 'Bitte zurückrufen', 'received', ?,
                    'free_text') RETURNING id""", UUID.randomUUID(), business, PHONE, ts(OLD)).get("id");
        var sent = queuedSms(null, OLD, "sent");
        var waiting = queuedSms(null, OLD, "pending");
        var email = rows.one("""
                INSERT INTO outbound_email (id, customer_id, purpose, to_address, subject, body, created_at, due_at,
                    status) VALUES (?, ?, 'notice', 'vera@kunde.example', 'Ihr Anruf', 'Vera Graf rief an', ?, ?,
                    'sent') RETURNING id""", UUID.randomUUID(), business, ts(OLD), ts(OLD)).get("id");

        var done = anonymisation.anonymiseIdle();

        assertThat(done.rowsWithoutTicket()).isEqualTo(4);
        assertThat(rows.one("SELECT from_number, caller_e164, to_number, outcome FROM calls WHERE call_sid = ?",
                oldCall)).containsEntry("from_number", "").containsEntry("caller_e164", null)
                .containsEntry("to_number", "+41435009001").containsEntry("outcome", "missed");
        assertThat(rows.count("SELECT count(*) FROM calls WHERE call_sid = ? AND created_at = ?", oldCall, ts(OLD)))
                .isOne();
        assertThat(rows.one("SELECT caller_e164 FROM calls WHERE call_sid = ?", recentCall))
                .containsEntry("caller_e164", PHONE);
        assertThat(rows.one("SELECT from_number, body, reply_kind, status FROM sms_log WHERE id = ?", inbound))
                .containsEntry("from_number", null).containsEntry("body", null)
                .containsEntry("reply_kind", "free_text").containsEntry("status", "received");
        assertThat(rows.one("SELECT to_number, body, status FROM outbound_sms WHERE id = ?", sent))
                .containsEntry("to_number", "").containsEntry("body", "").containsEntry("status", "sent");
        assertThat(rows.one("SELECT to_number, body FROM outbound_sms WHERE id = ?", waiting))
                .containsEntry("to_number", PHONE);
        assertThat(rows.one("SELECT to_address, subject, body, status FROM outbound_email WHERE id = ?", email))
                .containsEntry("to_address", "").containsEntry("subject", "").containsEntry("body", "")
                .containsEntry("status", "sent");
        assertThat(anonymisation.anonymiseIdle()).isEqualTo(new Anonymised(0, 0));
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock fails instead of hanging
    void two_instances_share_a_large_run_and_do_each_row_once() throws Exception {
        rows.execute("""
                WITH t AS (
                    INSERT INTO tickets (id, customer_id, source, status, urgency, contact_name, contact_phone,
                        summary, metadata, created_at, updated_at)
                    SELECT gen_random_uuid(), '%1$s', 'wizard', 'DONE', 'MED', 'Kundin ' || n, '+4179444' || n,
                        'Heizung ' || n, '{}', TIMESTAMPTZ '2024-01-01' + n * INTERVAL '1 minute',
                        TIMESTAMPTZ '2024-01-01' + n * INTERVAL '1 minute'
                    FROM generate_series(1000, 2199) n RETURNING id, created_at)
                INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, new_value, metadata, created_at)
                SELECT gen_random_uuid(), '%1$s', id, 'created', 'NEW', '{}', created_at FROM t;
                INSERT INTO calls (call_sid, customer_id, from_number, caller_e164, to_number, outcome, created_at,
                    updated_at)
                SELECT 'CA' || n, '%1$s', '+4179555' || n, '+4179555' || n, '+41435009001', 'missed',
                    TIMESTAMPTZ '2024-01-01' + n * INTERVAL '1 minute', TIMESTAMPTZ '2024-01-01' + n * INTERVAL '1 minute'
                FROM generate_series(1000, 2199) n""".formatted(business));
        var first = instance();
        var second = instance();

        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = CompletableFuture.supplyAsync(first::anonymiseIdle, pool);
            var b = CompletableFuture.supplyAsync(second::anonymiseIdle, pool);
            var one = a.get();
            var other = b.get();

            assertThat(one.tickets() + other.tickets()).isEqualTo(1200);
            assertThat(one.rowsWithoutTicket() + other.rowsWithoutTicket()).isEqualTo(1200);
        }
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE contact_phone LIKE '+4179444%'")).isZero();
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ? AND anonymised_at IS NULL"
                + " AND summary LIKE 'Heizung %'", business)).isZero();
        assertThat(rows.count("SELECT count(*) FROM calls WHERE caller_e164 LIKE '+4179555%'")).isZero();
        assertThat(anonymisation.anonymiseIdle()).isEqualTo(new Anonymised(0, 0));
    }

    /** A second instance of the service: its own use case over the same ports, as another process would have. */
    private AnonymiseIdleTicketsUseCase instance() {
        return new AnonymiseIdleTicketsService(clock, transactions, ticketsPort, activityPort, reportsPort);
    }

    private void assertKept(UUID ticket) {
        assertThat(rows.one("SELECT contact_phone, anonymised_at FROM tickets WHERE id = ?", ticket))
                .containsEntry("contact_phone", PHONE).containsEntry("anonymised_at", null);
    }

    private void assertAnonymised(UUID ticket) {
        assertThat(rows.one("SELECT contact_phone FROM tickets WHERE id = ?", ticket)).containsEntry("contact_phone",
                null);
        assertThat(rows.one("SELECT anonymised_at FROM tickets WHERE id = ?", ticket).get("anonymised_at"))
                .isNotNull();
    }

    private UUID ticket(Instant at) {
        var id = UUID.randomUUID();
        rows.list("""
                INSERT INTO tickets (id, customer_id, source, status, urgency, contact_name, contact_phone, summary,
                    metadata, created_at, updated_at)
                VALUES (?, ?, 'wizard', 'DONE', 'MED', 'Vera Graf', ?, 'Boiler tropft', '{}', ?, ?) RETURNING id""",
                id, business, PHONE, ts(at), ts(at));
        return id;
    }

    private void event(UUID ticket, Instant at) {
        rows.list("""
                INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, new_value, metadata, created_at)
                VALUES (?, ?, ?, 'status_changed', 'DONE', '{}', ?) RETURNING id""", UUID.randomUUID(), business, ticket,
                ts(at));
    }

    private void smsLog(UUID ticket, Instant at) {
        rows.list("""
                INSERT INTO sms_log (id, customer_id, ticket_id, direction, from_number, to_number, body, status,
                    created_at) VALUES (?, ?, ?, 'inbound', ?, '+41435009001', 'Danke', 'received', ?) RETURNING id""",
                UUID.randomUUID(), business, ticket, PHONE, ts(at));
    }

    private UUID queuedSms(UUID ticket, Instant at, String status) {
        var id = UUID.randomUUID();
        rows.list("""
                INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, body, created_at, due_at,
                    status, sent_at) VALUES (?, ?, ?, 'missed_call', ?, 'Wir rufen zurück', ?, ?, ?, ?) RETURNING id""",
                id, business, ticket, PHONE, ts(at), ts(at), status, "sent".equals(status) ? ts(at) : null);
        return id;
    }

    private String call(Instant at) {
        var sid = "CA" + UUID.randomUUID();
        rows.list("""
                INSERT INTO calls (call_sid, customer_id, from_number, caller_e164, to_number, outcome, created_at,
                    updated_at) VALUES (?, ?, ?, ?, '+41435009001', 'missed', ?, ?) RETURNING call_sid""",
                sid, business, PHONE, PHONE, ts(at), ts(at));
        return sid;
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}

package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.intake.TicketIntake;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.sms.UrgentAlerts;
import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.SlaCalculator;
import ch.opsfabric.domain.time.SwissPublicHolidays;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * docs/domain-rules.md, Dedupe: at most one open ticket per dedupe key, enforced by the database (the partial unique
 * index) so that it holds for concurrent writers too, not only in Java.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketDedupeTest implements TestPropertyProvider {

    private static final int WRITERS = 50;

    @Inject
    TicketStorePort tickets;

    @Inject
    TicketEventPort events;

    @Inject
    StoreTenantPort tenants;

    @Inject
    EmailQueuePort emails;

    @Inject
    SmsQueuePort smsQueue;

    @Inject
    Transactions transactions;

    @Inject
    Rows rows;

    private Tenant tenant;
    private DedupeKey key;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aBusinessAndACallersKey() {
        tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        key = new DedupeKey(tenant.id() + ":+41791234567:2026-11-24");
    }

    @Test
    void a_second_open_ticket_with_the_same_key_is_not_inserted() {
        tickets.insertUnlessDuplicate(aTicket(tenant.id()).withDedupeKey(key).build());

        var inserted = tickets.insertUnlessDuplicate(aTicket(tenant.id()).withDedupeKey(key).build());

        assertThat(inserted).isFalse();
        assertThat(ticketsWith(key)).isOne();
    }

    @Test
    void the_first_ticket_with_a_key_is_inserted() {
        assertThat(tickets.insertUnlessDuplicate(aTicket(tenant.id()).withDedupeKey(key).build())).isTrue();
    }

    @Test
    void a_done_ticket_is_finished_work_and_no_longer_holds_its_key() {
        var done = aTicket(tenant.id()).withDedupeKey(key).withStatus(TicketStatus.DONE).build();
        tickets.insertUnlessDuplicate(done);

        assertThat(tickets.lockOpenByDedupeKey(key)).isEmpty();
        assertThat(tickets.insertUnlessDuplicate(aTicket(tenant.id()).withDedupeKey(key).build())).isTrue();
    }

    @Test
    void a_ticket_moving_onto_the_key_of_another_open_ticket_is_refused_by_the_database() {
        var annasNumber = new PhoneNumber("+41791234567");
        var open = aTicket(tenant.id()).withContact(Contact.of("Anna", annasNumber, null)).withDedupeKey(key).build();
        var other = aTicket(tenant.id()).withDedupeKey(new DedupeKey(tenant.id() + ":+41781112233:2026-11-24")).build();
        tickets.insertUnlessDuplicate(open);
        tickets.insertUnlessDuplicate(other);
        var corrected = other.correctContact(Contact.of("Beat", annasNumber, null), ZoneId.of("Europe/Zurich"),
                MORNING).ticket();

        assertThat(corrected.dedupeKey()).isEqualTo(key);
        assertThatThrownBy(() -> transactions.forTenant(tenant.id(), () -> {
            tickets.update(corrected);
            return null;
        })).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.field()).isEqualTo("contact_phone"));
    }

    @Test
    void once_the_open_ticket_is_closed_a_new_ticket_with_its_key_is_inserted() {
        var first = aTicket(tenant.id()).withDedupeKey(key).build();
        tickets.insertUnlessDuplicate(first);
        tickets.update(((StatusChange.Moved) first.moveTo(TicketStatus.CLOSED, MORNING.plusSeconds(60))).ticket());

        var inserted = tickets.insertUnlessDuplicate(aTicket(tenant.id()).withDedupeKey(key).build());

        assertThat(inserted).isTrue();
        assertThat(ticketsWith(key)).isEqualTo(2);
    }

    @Test
    void tickets_without_a_key_never_conflict() {
        var first = tickets.insertUnlessDuplicate(aTicket(tenant.id()).withoutDedupeKey().build());
        var second = tickets.insertUnlessDuplicate(aTicket(tenant.id()).withoutDedupeKey().build());

        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ? AND dedupe_key IS NULL", tenant.id()))
                .isEqualTo(2);
    }

    @Test
    void the_open_ticket_is_found_by_its_key() {
        var open = aTicket(tenant.id()).withDedupeKey(key).build();
        tickets.insertUnlessDuplicate(open);

        assertThat(tickets.lockOpenByDedupeKey(key)).map(Ticket::id).contains(open.id());
    }

    @Test
    void a_closed_ticket_is_not_found_by_its_key() {
        tickets.insertUnlessDuplicate(aTicket(tenant.id()).withDedupeKey(key).withStatus(TicketStatus.CLOSED).build());

        assertThat(tickets.lockOpenByDedupeKey(key)).isEmpty();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock fails instead of hanging
    void concurrent_intakes_for_one_key_end_in_exactly_one_ticket() throws Exception {
        var failures = intakeConcurrently(WRITERS);

        assertThat(failures).isEmpty();
        assertThat(ticketsWith(key)).isOne();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock fails instead of hanging
    void concurrent_intakes_for_one_key_are_all_recorded_on_that_ticket() throws Exception {
        intakeConcurrently(WRITERS);

        var ticket = rows.one("SELECT id, summary FROM tickets WHERE dedupe_key = ?", key.value());
        assertThat(((String) ticket.get("summary")).lines()).hasSize(WRITERS);
        assertThat(rows.list("SELECT event_type, count(*) AS events FROM ticket_events WHERE ticket_id = ? "
                + "GROUP BY event_type ORDER BY event_type", ticket.get("id")))
                .containsExactly(Map.of("event_type", "created", "events", 1L),
                        Map.of("event_type", "dedupe_merged", "events", (long) WRITERS - 1));
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock fails instead of hanging
    void concurrent_intakes_for_one_key_route_one_new_request_to_the_business() throws Exception {
        intakeConcurrently(WRITERS);

        assertThat(rows.list("SELECT purpose FROM outbound_email WHERE customer_id = ?", tenant.id()))
                .extracting(row -> row.get("purpose")).containsExactly("new_request");
    }

    /**
     * Every writer runs production's intake ({@link TicketIntake}) over the PostgreSQL stores, in a
     * transaction for the business as the service opens it.
     *
     * @return what the writers threw
     */
    private List<Throwable> intakeConcurrently(int writers) throws InterruptedException {
        var intake = new TicketIntake(tickets, events,
                new BusinessInbox(emails, UUID::randomUUID, "https://opsfabric.example/app/tickets/",
                        new LibphonenumberPlan()),
                new UrgentAlerts(smsQueue, UUID::randomUUID, "https://opsfabric.example/app/tickets/",
                        new LibphonenumberPlan()),
                new SlaCalculator(new SwissPublicHolidays()), UUID::randomUUID,
                (customer, ticket, now) -> Optional.empty());
        var start = new CountDownLatch(1);
        var failures = new ArrayList<Throwable>();
        try (var pool = Executors.newFixedThreadPool(writers)) {
            var done = new ArrayList<Future<?>>();
            for (int writer = 0; writer < writers; writer++) {
                var inquiry = new Inquiry(TicketSource.WIZARD, "leak", Urgency.MED,
                        Contact.of("Anna Muster", new PhoneNumber("+41791234567"), null), "Nachricht " + writer,
                        Map.of("writer", writer));
                var now = MORNING.plus(Duration.ofMillis(writer));
                done.add(pool.submit(() -> {
                    start.await();
                    return transactions.forTenant(tenant.id(),
                            () -> intake.record(tenant, inquiry, Actor.CUSTOMER, now));
                }));
            }
            start.countDown();
            for (var writer : done) {
                try {
                    writer.get();
                } catch (ExecutionException failed) {
                    failures.add(failed.getCause());
                }
            }
        }
        return failures;
    }

    private long ticketsWith(DedupeKey key) {
        return rows.count("SELECT count(*) FROM tickets WHERE dedupe_key = ?", key.value());
    }
}

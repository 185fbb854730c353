package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The first vertical slice over real HTTP and a real PostgreSQL: wizard post → ticket → confirmation SMS. */
@MicronautTest(transactional = false)
class WizardIntakeTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private Api api;
    private String slug;

    @BeforeEach
    void newBusiness() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        // Each test counts what the dispatcher sends; earlier tests' queued messages are not its business.
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        slug = "betrieb-" + SLUGS.incrementAndGet();
        api.provision(slug);
    }

    @Test
    void a_wizard_post_opens_a_new_ticket_with_a_created_event() {
        var answer = api.postTicket(Api.wizardPost(slug));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("dedupe_matched", false).containsEntry("confirmation_sent", true);
        var ticketId = UUID.fromString((String) answer.body().get("ticket_id"));
        var ticket = rows.one("SELECT status, urgency, source, contact_phone, contact_email, summary, dedupe_key, "
                + "metadata::text AS metadata FROM tickets WHERE id = ?", ticketId);
        assertThat(ticket).containsEntry("status", "NEW").containsEntry("urgency", "MED")
                .containsEntry("source", "wizard").containsEntry("contact_phone", "+41791234567")
                .containsEntry("summary", "Wasserhahn tropft in der Küche");
        assertThat((String) ticket.get("dedupe_key")).endsWith(":+41791234567:2026-11-24");
        assertThat((String) ticket.get("metadata")).contains("\"plz\": \"8001\"");
        assertThat(rows.list("SELECT event_type FROM ticket_events WHERE ticket_id = ?", ticketId))
                .extracting(row -> row.get("event_type")).containsExactly("created");
    }

    @Test
    void the_wizard_confirmation_names_the_sla_time_and_is_queued_in_the_same_transaction() {
        var ticketId = UUID.fromString((String) api.postTicket(Api.wizardPost(slug)).body().get("ticket_id"));

        var queued = rows.one("SELECT to_number, body, status, due_at FROM outbound_sms WHERE ticket_id = ?", ticketId);
        assertThat(queued).containsEntry("to_number", "+41791234567").containsEntry("status", "pending");
        assertThat((String) queued.get("body"))
                .isEqualTo("Danke Anna Muster, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.");
    }

    @Test
    void the_dispatcher_sends_a_due_confirmation_and_logs_it_as_sent() {
        var ticketId = UUID.fromString((String) api.postTicket(Api.wizardPost(slug)).body().get("ticket_id"));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(rows.one("SELECT status FROM outbound_sms WHERE ticket_id = ?", ticketId))
                .containsEntry("status", "sent");
        var logged = rows.one("SELECT direction, status, to_number, provider_id FROM sms_log WHERE ticket_id = ?",
                ticketId);
        assertThat(logged).containsEntry("direction", "outbound").containsEntry("status", "sent")
                .containsEntry("to_number", "+41791234567");
        assertThat((String) logged.get("provider_id")).startsWith("console-");
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type = 'sms_sent'",
                ticketId)).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void a_second_post_the_same_day_joins_the_open_ticket_and_raises_its_urgency() {
        var first = api.postTicket(Api.wizardPost(slug));
        var repeat = Api.wizardPost(slug);
        repeat.put("urgency", "HIGH");
        repeat.put("summary", "Jetzt läuft Wasser in den Keller");
        clock.advance(Duration.ofMinutes(10));

        var second = api.postTicket(repeat);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).containsEntry("dedupe_matched", true)
                .containsEntry("ticket_id", first.body().get("ticket_id"));
        var ticketId = UUID.fromString((String) first.body().get("ticket_id"));
        assertThat(rows.one("SELECT urgency, summary FROM tickets WHERE id = ?", ticketId))
                .containsEntry("urgency", "HIGH")
                .containsEntry("summary", "Wasserhahn tropft in der Küche\nJetzt läuft Wasser in den Keller");
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type = 'dedupe_merged'",
                ticketId)).isEqualTo(1);
    }

    @Test
    void an_identical_repeat_does_not_send_the_same_confirmation_twice() {
        var first = api.postTicket(Api.wizardPost(slug));
        clock.advance(Duration.ofMinutes(45));

        var second = api.postTicket(Api.wizardPost(slug));

        assertThat(second.body()).containsEntry("dedupe_matched", true).containsEntry("confirmation_sent", false);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE ticket_id = ?",
                UUID.fromString((String) first.body().get("ticket_id")))).isEqualTo(1);
    }

    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void fifty_concurrent_identical_wizard_posts_yield_exactly_one_open_ticket() throws Exception {
        var pool = Executors.newFixedThreadPool(50);
        try {
            var posts = new java.util.ArrayList<Callable<Api.Answer>>();
            for (int i = 0; i < 50; i++) {
                posts.add(() -> api.postTicket(Api.wizardPost(slug)));
            }
            var answers = pool.invokeAll(posts).stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception failed) {
                    throw new AssertionError(failed);
                }
            }).toList();

            assertThat(answers).extracting(Api.Answer::status).containsOnly(200, 201);
            assertThat(answers).extracting(answer -> answer.body().get("ticket_id")).containsOnly(
                    answers.getFirst().body().get("ticket_id"));
            assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows.count("SELECT count(*) FROM tickets t JOIN customers c ON c.id = t.customer_id "
                + "WHERE c.slug = ? AND t.status <> 'CLOSED'", slug)).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms o JOIN customers c ON c.id = o.customer_id "
                + "WHERE c.slug = ?", slug)).isEqualTo(1);
    }

    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a lost wake-up fails the test instead of hanging the build
    @Test
    void fifty_concurrent_posts_of_fifty_callers_each_open_a_ticket_with_its_event_email_and_confirmation()
            throws Exception {
        List<Api.Answer> answers;
        try (var pool = Executors.newFixedThreadPool(50)) {
            answers = pool.invokeAll(IntStream.range(0, 50).<Callable<Api.Answer>>mapToObj(caller -> () -> {
                var post = Api.wizardPost(slug);
                post.put("contact_phone", "079 123 45 %02d".formatted(caller));
                return api.postTicket(post);
            }).toList()).stream().map(Future::resultNow).toList();
        }

        assertThat(answers).extracting(Api.Answer::status).containsOnly(201);
        var ticketIds = answers.stream().map(answer -> UUID.fromString((String) answer.body().get("ticket_id"))).toList();
        assertThat(ticketIds).doesNotHaveDuplicates();
        for (var ticketId : ticketIds) {
            assertThat(rows.list("SELECT event_type FROM ticket_events WHERE ticket_id = ?", ticketId))
                    .extracting(row -> row.get("event_type")).containsExactly("created");
            assertThat(rows.count("SELECT count(*) FROM outbound_email WHERE ticket_id = ? AND purpose = 'new_request'",
                    ticketId)).isOne();
            assertThat(rows.one("SELECT t.contact_phone, o.to_number FROM tickets t JOIN outbound_sms o ON o.ticket_id = t.id "
                    + "WHERE t.id = ?", ticketId)).satisfies(row -> assertThat(row.get("to_number"))
                    .isEqualTo(row.get("contact_phone")));
        }
    }

    @Test
    void a_non_urgent_confirmation_in_quiet_hours_waits_until_they_end() {
        clock.setZurich(2026, 11, 24, 22, 30);
        var ticketId = UUID.fromString((String) api.postTicket(Api.wizardPost(slug)).body().get("ticket_id"));

        assertThat(rows.one("SELECT to_char(due_at AT TIME ZONE 'Europe/Zurich', 'YYYY-MM-DD HH24:MI') AS due "
                + "FROM outbound_sms WHERE ticket_id = ?", ticketId)).containsEntry("due", "2026-11-25 07:00");
        clock.setZurich(2026, 11, 25, 6, 59);
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.setZurich(2026, 11, 25, 7, 0);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    }

    @Test
    void an_urgent_confirmation_goes_out_at_once_even_in_quiet_hours() {
        clock.setZurich(2026, 11, 24, 23, 15);
        var post = Api.wizardPost(slug);
        post.put("urgency", "HIGH");

        api.postTicket(post);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    }

    @Test
    void a_landline_contact_gets_a_ticket_but_no_sms() {
        var post = Api.wizardPost(slug);
        post.put("contact_phone", "044 123 45 67");
        post.remove("contact_email");

        var answer = api.postTicket(post);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("confirmation_sent", false);
    }

    @Test
    void a_landline_contact_with_an_email_address_gets_the_confirmation_by_email_instead() {
        var post = Api.wizardPost(slug);
        post.put("contact_phone", "044 123 45 67");

        var answer = api.postTicket(post);

        var ticketId = answer.body().get("ticket_id");
        assertThat(answer.body()).containsEntry("confirmation_sent", true);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE ticket_id = ?::uuid", ticketId)).isZero();
        assertThat(rows.one("SELECT to_address FROM outbound_email WHERE ticket_id = ?::uuid "
                + "AND purpose = 'customer_confirmation'", ticketId)).containsEntry("to_address", "anna@example.ch");
    }

    @Test
    void without_app_base_url_the_routing_email_links_to_localhost() {
        var ticketId = api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");

        assertThat((String) rows.one("SELECT body FROM outbound_email WHERE ticket_id = ?::uuid", ticketId).get("body"))
                .contains("→ Dashboard: http://localhost:8080/app/tickets/" + ticketId);
    }

    @Test
    void an_unknown_business_is_answered_404_and_nothing_is_stored() {
        var before = rows.allRows();

        var answer = api.postTicket(Api.wizardPost("gibt-es-nicht"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).containsEntry("error", "not_found");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_contact_without_phone_and_email_is_refused_naming_the_field() {
        var post = new HashMap<>(Api.wizardPost(slug));
        post.remove("contact_phone");
        post.remove("contact_email");

        var answer = api.postTicket(post);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "contact_phone");
    }
}

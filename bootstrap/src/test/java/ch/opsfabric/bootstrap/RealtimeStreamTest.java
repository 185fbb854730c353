package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.in.ExpireStreamEventsUseCase;
import ch.opsfabric.application.port.in.OpenStreamUseCase;
import ch.opsfabric.application.port.in.WarnBeforeDeadlineUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The realtime stream (docs/http-api.md, Realtime stream) over real HTTP, against a real PostgreSQL
 * whose NOTIFY carries events between instances.
 */
@MicronautTest(transactional = false)
class RealtimeStreamTest extends ServiceTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final int BUFFER = 64;
    private static final AtomicInteger BUSINESSES = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Inject
    OpenStreamUseCase streams;

    @Inject
    ExpireStreamEventsUseCase expiry;

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    @Inject
    WarnBeforeDeadlineUseCase warnings;

    private Api api;

    /** This service's settings, its database included, for a second instance on the same database. */
    private Map<String, String> settings;

    @Override
    public Map<String, String> getProperties() {
        if (settings == null) {
            settings = new HashMap<>(super.getProperties());
            settings.put("opsfabric.stream.heartbeat", "200ms");
            settings.put("opsfabric.stream.buffer", Integer.toString(BUFFER));
            // A small socket buffer, so a client that stops reading fills its connection after a few events.
            settings.put("micronaut.server.netty.child-options.so-sndbuf", "4096");
        }
        return settings;
    }

    @BeforeEach
    void noStreamOpen() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        // Each test closes its streams; the service notices a closed connection a moment later.
        ServiceProcess.awaitUntil("the streams of earlier tests closed", () -> streams.openStreams() == 0);
    }

    @Test
    void an_event_committed_on_another_instance_reaches_a_client_of_this_one_within_a_second() {
        var staff = business();
        try (var otherInstance = SeparateService.start(new HashMap<>(getProperties()));
             var stream = openStream(server.getURI(), staff.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");

            var ticket = new StaffApi(otherInstance.api(), staff.token()).newTicket("Anna Muster", "079 123 45 67",
                    "Wasserhahn tropft");
            var committed = Instant.now();
            var event = stream.next(PATIENCE);

            assertThat(Duration.between(committed, event.receivedAt())).isLessThan(SECOND);
            assertThat(event.name()).isEqualTo("ticket.created");
            assertThat(event.data()).containsEntry("ticket_id", ticket).containsEntry("type", "ticket.created")
                    .containsEntry("status", "NEW").containsEntry("urgency", "MED").containsEntry("assigned_to", null)
                    .containsKeys("sla_deadline", "at");
            assertThat(event.data().get("sla_deadline")).isNotNull();
            assertThat(Instant.parse((String) event.data().get("at"))).isEqualTo(clock.instant());
        }
    }

    @Test
    void each_change_of_a_ticket_is_an_event_carrying_the_ticket_as_the_change_left_it() {
        var staff = business();
        var ticket = staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        try (var stream = openStream(server.getURI(), staff.token(), null)) {
            assertThat(staff.staff().patch(ticket, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);
            assertThat(staff.staff().patch(ticket, Map.of("summary", "Wasserhahn tropft stark")).status())
                    .isEqualTo(200);

            var events = stream.next(2, PATIENCE);

            assertThat(events).extracting(event -> event.data().get("change"))
                    .containsExactly("status_changed", "summary_changed");
            assertThat(events).allSatisfy(event -> {
                assertThat(event.name()).isEqualTo("ticket.updated");
                assertThat(event.data()).containsEntry("ticket_id", ticket).containsEntry("status", "IN_PROGRESS");
            });
            assertThat(events.get(1).id()).isGreaterThan(events.get(0).id());
        }
    }

    @Test
    void an_sms_sent_delivered_and_answered_are_message_events_of_its_ticket() {
        var number = "+4143800%04d".formatted(BUSINESSES.incrementAndGet());
        var slug = "stream-sms-" + BUSINESSES.get();
        var token = (String) api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "sms_number", number)).get("staff_token");
        try (var stream = openStream(server.getURI(), token, null)) {
            var ticket = (String) api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");
            dispatcher.dispatchDue();
            var messageSid = (String) rows.one("SELECT provider_id FROM outbound_sms WHERE ticket_id = ?::uuid",
                    ticket).get("provider_id");
            assertThat(api.sendForText(Telephony.form("/api/webhook/sms-status", Map.of("MessageSid", messageSid,
                    "MessageStatus", "delivered"))).status()).isEqualTo(200);
            assertThat(api.sendForText(Telephony.form("/api/webhook/sms-reply", Telephony.sms("SM-stream-1",
                    "+41791234567", number, "Kommen Sie heute noch?"))).status()).isEqualTo(200);

            var events = stream.next(5, PATIENCE);

            // The reply joins the ticket (dedupe_merged) and is logged on it (sms_received).
            assertThat(events).extracting(event -> event.name() + " " + event.data().get("change") + " "
                            + event.data().get("message_status"))
                    .containsExactly("ticket.created created null", "message.status sms_sent sent",
                            "message.status delivery_report delivered", "ticket.updated dedupe_merged null",
                            "message.received sms_received null");
            assertThat(events).allSatisfy(event -> assertThat(event.data()).containsEntry("ticket_id", ticket));
        }
    }

    @Test
    void assigning_a_ticket_is_an_update_naming_the_assignee() {
        var staff = business();
        var ticket = staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        var beat = StaffMembers.add(rows, staff.id(), "Beat", true);
        try (var stream = openStream(server.getURI(), staff.token(), null)) {
            assertThat(staff.staff().patch(ticket, Map.of("assigned_to", beat.toString())).status()).isEqualTo(200);

            var event = stream.next(PATIENCE);

            assertThat(event.name()).isEqualTo("ticket.updated");
            assertThat(event.data()).containsEntry("change", "assignment_changed")
                    .containsEntry("assigned_to", beat.toString()).containsEntry("ticket_id", ticket);
        }
    }

    @Test
    void a_customer_s_answer_to_a_staff_message_days_later_is_a_message_received_event() {
        var number = "+4143800%04d".formatted(BUSINESSES.incrementAndGet());
        var provisioned = api.provision(Map.of("name", "Dörfler AG", "slug", "stream-answer-" + BUSINESSES.get(),
                "email", "info@doerfler.example", "sms_number", number));
        var token = (String) provisioned.get("staff_token");
        var staff = new StaffApi(api, token);
        var ticket = staff.newTicket("Anna Muster", "079 123 45 67", "Boiler tropft");
        assertThat(staff.message(ticket, Map.of("text", "Passt Ihnen Donnerstag?", "channel", "sms")).status())
                .isEqualTo(201);
        clock.advance(Duration.ofDays(13));
        try (var stream = openStream(server.getURI(), token, null)) {
            assertThat(api.sendForText(Telephony.form("/api/webhook/sms-reply", Telephony.sms("SM-stream-answer",
                    "+41791234567", number, "Ja, Donnerstag passt."))).status()).isEqualTo(200);

            var event = stream.next(PATIENCE);

            assertThat(event.name()).isEqualTo("message.received");
            assertThat(event.data()).containsEntry("ticket_id", ticket).containsEntry("change", "message_received");
        }
    }

    @Test
    void an_sla_warning_is_an_event_of_its_own() {
        var staff = business();
        var ticket = staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        try (var stream = openStream(server.getURI(), staff.token(), null)) {
            // 120 minutes to answer from 10:00, warned 30 minutes before
            clock.advance(Duration.ofMinutes(91));
            warnings.warnDue();

            var event = stream.next(PATIENCE);

            assertThat(event.name()).isEqualTo("ticket.sla_warning");
            assertThat(event.data()).containsEntry("ticket_id", ticket).containsEntry("change", "sla_warning")
                    .containsEntry("status", "NEW");
        }
    }

    @Test
    void an_event_names_the_assignee_the_transaction_left_on_the_ticket() {
        var staff = business();
        var ticket = UUID.fromString(staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft"));
        var member = UUID.randomUUID();
        try (var stream = openStream(server.getURI(), staff.token(), null)) {
            // The log entry is written before the assignment, in the same transaction.
            rows.update("""
                            WITH logged AS (
                                INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value,
                                                           created_at)
                                VALUES (gen_random_uuid(), ?, ?, 'status_changed', 'NEW', 'IN_PROGRESS', now())),
                            member AS (
                                INSERT INTO staff_members (id, customer_id, name, email, role, created_at)
                                VALUES (?, ?, 'Beat Keller', 'beat@example.ch', 'staff', now()))
                            UPDATE tickets SET assigned_to = ?, status = 'IN_PROGRESS' WHERE id = ?""",
                    staff.id(), ticket, member, staff.id(), member, ticket);

            assertThat(stream.next(PATIENCE).data()).containsEntry("assigned_to", member.toString())
                    .containsEntry("status", "IN_PROGRESS");
        }
    }

    @Test
    void a_client_of_another_business_never_sees_its_events() {
        var aebi = business();
        var brunner = business();
        try (var aebis = openStream(server.getURI(), aebi.token(), null);
             var brunners = openStream(server.getURI(), brunner.token(), null)) {
            var aebisTicket = aebi.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
            assertThat(aebis.next(PATIENCE).data()).containsEntry("ticket_id", aebisTicket);
            var brunnersTicket = brunner.staff().newTicket("Zora Zwicky", "079 876 54 32", "Heizung kalt");

            assertThat(brunners.next(PATIENCE).data()).containsEntry("ticket_id", brunnersTicket);
            assertThat(brunners.drain()).isEmpty();
            assertThat(aebis.drain()).isEmpty();
        }
    }

    @Test
    void without_a_valid_staff_token_the_stream_is_refused_with_401() {
        for (var token : new String[] {null, "wrong-token", Api.ADMIN_TOKEN}) {
            try (var stream = openStream(server.getURI(), token, null)) {
                assertThat(stream.status()).as("token %s", token).isEqualTo(401);
                assertThat(stream.body()).contains("\"error\":\"unauthorized\"");
            }
        }
    }

    @Test
    void a_last_event_id_that_is_no_event_id_is_refused_with_422_naming_the_header() {
        var staff = business();
        try (var stream = openStream(server.getURI(), staff.token(), "abc")) {
            assertThat(stream.status()).isEqualTo(422);
            assertThat(stream.body()).contains("\"field\":\"Last-Event-ID\"");
        }
    }

    @Test
    void reconnecting_with_last_event_id_delivers_what_was_committed_meanwhile_in_order_and_once() {
        var staff = business();
        long seen;
        try (var stream = openStream(server.getURI(), staff.token(), null)) {
            staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
            seen = stream.next(PATIENCE).id();
        }
        var meanwhile = List.of(staff.staff().newTicket("Beat Keller", "078 111 22 33", "Offerte Bad"),
                staff.staff().newTicket("Carla Frei", "076 222 33 44", "Boiler leckt"),
                staff.staff().newTicket("Dario Lutz", "077 333 44 55", "Heizung kalt"));
        assertThat(staff.staff().patch(meanwhile.get(0), Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);

        try (var resumed = openStream(server.getURI(), staff.token(), Long.toString(seen))) {
            assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
            var replayed = resumed.next(4, PATIENCE);
            var live = staff.staff().newTicket("Eva Roth", "079 444 55 66", "Rohrbruch");
            var next = resumed.next(PATIENCE);

            assertThat(replayed).extracting(event -> event.data().get("ticket_id"))
                    .containsExactly(meanwhile.get(0), meanwhile.get(1), meanwhile.get(2), meanwhile.get(0));
            assertThat(replayed).extracting(EventStreamReader.Received::id)
                    .containsExactly(seen + 1, seen + 2, seen + 3, seen + 4);
            assertThat(next.data()).containsEntry("ticket_id", live);
            assertThat(next.id()).isEqualTo(seen + 5);
            assertThat(resumed.drain()).isEmpty();
        }
    }

    @Test
    void a_resume_past_more_events_than_the_buffer_holds_sends_them_and_ends_so_the_client_resumes_from_the_last()
            throws InterruptedException {
        var staff = business();
        var ticket = UUID.fromString(staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft"));
        commitStatusEvents(staff, ticket, BUFFER + 5);

        try (var resumed = openStream(server.getURI(), staff.token(), "0")) {
            var first = resumed.next(BUFFER, PATIENCE);
            assertThat(resumed.endsWithin(PATIENCE)).as("the stream ends after what it held").isTrue();
            assertThat(first.getLast().id()).isEqualTo(BUFFER);
        }
        try (var again = openStream(server.getURI(), staff.token(), Integer.toString(BUFFER))) {
            assertThat(again.next(6, PATIENCE)).extracting(EventStreamReader.Received::id)
                    .containsExactly(BUFFER + 1L, BUFFER + 2L, BUFFER + 3L, BUFFER + 4L, BUFFER + 5L, BUFFER + 6L);
        }
    }

    @Test
    void a_client_that_stops_reading_is_disconnected_and_holds_back_no_other_client() throws Exception {
        var staff = business();
        var ticket = UUID.fromString(staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft"));
        try (var stalled = stalledStream(staff.token());
             var reading = openStream(server.getURI(), staff.token(), null)) {
            ServiceProcess.awaitUntil("both streams open", () -> streams.openStreams() == 2);
            var events = 0;
            while (streams.openStreams() == 2 && events < 3_000) {
                commitStatusEvents(staff, ticket, 10);
                events += 10;
                assertThat(reading.next(10, PATIENCE)).as("the reading client keeps receiving").hasSize(10);
            }

            assertThat(streams.openStreams()).as("the stalled client is disconnected").isEqualTo(1);
            // What a stalled client holds is bounded: its socket, the server's outbound watermark and its buffer.
            assertThat(events).as("events it took to fill its connection and buffer").isBetween(BUFFER, 2_000);
            commitStatusEvents(staff, ticket, 10);
            assertThat(reading.next(10, PATIENCE)).hasSize(10);
        }
    }

    @Test
    void the_streams_open_on_the_instance_are_a_gauge_and_a_stream_the_client_closes_is_counted_no_more() {
        var staff = business();
        try (var stream = openStream(server.getURI(), staff.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);

            assertThat(streams.openStreams()).isEqualTo(1);
            assertThat(http.toBlocking().retrieve("/prometheus")).contains("opsfabric_streams_open 1.0");
        }
        ServiceProcess.awaitUntil("the closed stream no longer counted", () -> streams.openStreams() == 0);
    }

    @Test
    void an_event_is_never_visible_before_one_numbered_lower_so_reading_after_an_id_skips_none() throws Exception {
        var staff = business();
        var ticket = UUID.fromString(staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft"));
        var read = new ArrayList<Long>();
        var cursor = readAfter(staff.id(), 0, 1, read);
        try (var first = ownerConnection(); var second = ownerConnection()) {
            first.setAutoCommit(false);
            // The first writer adds its event to the pending ones now (not at its commit) and stays open.
            first.createStatement().execute("SET CONSTRAINTS ticket_events_to_stream IMMEDIATE");
            insertStatusEvent(first, staff.id(), ticket);
            var secondWriter = Thread.ofVirtual().start(() -> {
                try {
                    insertStatusEvent(second, staff.id(), ticket);
                } catch (SQLException failed) {
                    throw new IllegalStateException(failed);
                }
            });

            assertThat(secondWriter.join(PATIENCE)).as("the second writer commits while the first is open").isTrue();
            cursor = readAfter(staff.id(), cursor, 2, read);
            first.commit();
            readAfter(staff.id(), cursor, 3, read);
        }

        assertThat(read).containsExactly(1L, 2L, 3L);
    }

    @Test
    void events_committed_while_two_instances_number_them_are_each_numbered_once_without_gaps() throws Exception {
        var staff = business();
        var ticket = UUID.fromString(staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft"));
        try (var otherInstance = SeparateService.start(new HashMap<>(getProperties()))) {
            var writers = IntStream.range(0, 4).mapToObj(writer -> Thread.ofVirtual().start(() -> {
                for (int event = 0; event < 50; event++) {
                    commitStatusEvents(staff, ticket, 1);
                }
            })).toList();
            for (var writer : writers) {
                writer.join();
            }
            awaitNumbered(staff.id(), 201);
        }

        var read = new ArrayList<Long>();
        readAfter(staff.id(), 0, 201, read);
        assertThat(read).containsExactlyElementsOf(LongStream.rangeClosed(1, 201).boxed().toList());
        assertThat(rows.count("SELECT count(*) FROM stream_pending")).as("nothing left unnumbered").isZero();
    }

    @Test
    void an_idle_stream_gets_a_keep_alive_comment() throws InterruptedException {
        var staff = business();
        try (var stream = openStream(server.getURI(), staff.token(), null)) {
            assertThat(stream.nextComment(PATIENCE)).as("the one that opens the stream").isEqualTo("keep-alive");
            assertThat(stream.nextComment(PATIENCE)).as("the timed one").isEqualTo("keep-alive");
            assertThat(stream.drain()).as("a comment is no event").isEmpty();
        }
    }

    @Test
    void a_stream_ends_after_the_reauthentication_interval_so_a_revoked_token_streams_no_longer()
            throws InterruptedException {
        var settings = new HashMap<String, Object>(getProperties());
        settings.put("opsfabric.stream.reauthenticate", "500ms");
        var staff = business();
        try (var checking = SeparateService.start(settings);
             var stream = openStream(checking.uri(), staff.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            rows.update("UPDATE staff_tokens SET revoked_at = now() WHERE customer_id = ?", staff.id());

            assertThat(stream.endsWithin(PATIENCE)).as("the stream ends").isTrue();
            try (var again = openStream(checking.uri(), staff.token(), null)) {
                assertThat(again.status()).isEqualTo(401);
            }
        }
    }

    @Test
    void beyond_the_instances_stream_limit_a_stream_is_refused_with_503_and_retry_after() {
        var settings = new HashMap<String, Object>(getProperties());
        settings.put("opsfabric.stream.max", "1");
        try (var limited = SeparateService.start(settings);
             var first = openStream(limited.uri(), business().token(), null);
             var second = openStream(limited.uri(), business().token(), null)) {
            // both instances share the database, so the businesses provisioned here are known there
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(503);
            assertThat(second.header("Retry-After")).isEqualTo("5");
            assertThat(second.body()).contains("\"error\":\"streams_at_capacity\"");
        }
    }

    @Test
    void events_are_kept_24_hours_and_then_deleted() {
        var staff = business();
        staff.staff().newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        var kept = "SELECT count(*) FROM stream_events WHERE customer_id = ?";
        awaitNumbered(staff.id(), 1);

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        expiry.expire();
        assertThat(rows.count(kept, staff.id())).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        expiry.expire();
        assertThat(rows.count(kept, staff.id())).isZero();
    }

    private record Business(UUID id, String token, StaffApi staff) {
    }

    private Business business() {
        var provisioned = api.provision("stream-" + BUSINESSES.incrementAndGet());
        var token = (String) provisioned.get("staff_token");
        return new Business(UUID.fromString((String) provisioned.get("id")), token, new StaffApi(api, token));
    }

    /** Status changes written straight into the audit log, in one transaction, as many as asked. */
    private void commitStatusEvents(Business business, UUID ticket, int count) {
        rows.update("""
                        INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value, created_at)
                        SELECT gen_random_uuid(), ?, ?, 'status_changed', 'NEW', 'NEW', now()
                        FROM generate_series(1, ?)""", business.id(), ticket, count);
    }

    /**
     * Reads the business's stream events after {@code cursor} as a client would, once {@code numbered} of them
     * have been numbered, adding their ids; the new cursor.
     */
    private long readAfter(UUID business, long cursor, int numbered, List<Long> read) {
        awaitNumbered(business, numbered);
        rows.list("SELECT sequence FROM stream_events WHERE customer_id = ? AND sequence > ? ORDER BY sequence",
                business, cursor).forEach(row -> read.add((Long) row.get("sequence")));
        return read.isEmpty() ? cursor : read.getLast();
    }

    /**
     * Opens a stream once every event committed so far has been numbered, so it starts after them, as a
     * stream opened a moment (one numbering interval) after a commit does.
     */
    private EventStreamReader openStream(URI service, String token, String lastEventId) {
        ServiceProcess.awaitUntil("the committed events numbered",
                () -> rows.count("SELECT count(*) FROM stream_pending") == 0);
        return EventStreamReader.open(service, token, lastEventId);
    }

    private void awaitNumbered(UUID business, int events) {
        ServiceProcess.awaitUntil(events + " events numbered", () ->
                rows.count("SELECT count(*) FROM stream_events WHERE customer_id = ?", business) == events);
    }

    private Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(settings.get("datasources.default.url"),
                settings.get("datasources.default.username"), settings.get("datasources.default.password"));
    }

    private static void insertStatusEvent(Connection connection, UUID business, UUID ticket) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value, created_at)
                VALUES (gen_random_uuid(), ?, ?, 'status_changed', 'NEW', 'NEW', now())""")) {
            insert.setObject(1, business);
            insert.setObject(2, ticket);
            insert.executeUpdate();
        }
    }

    /** A stream whose client reads its answer's headers and then nothing, with a small receive window. */
    private Socket stalledStream(String token) throws IOException {
        var socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()));
        socket.getOutputStream().write(("GET /api/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        assertThat(statusLine(socket.getInputStream())).contains(" 200 ");
        return socket;
    }

    private static String statusLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}

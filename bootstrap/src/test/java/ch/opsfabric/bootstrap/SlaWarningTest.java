package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.WarnBeforeDeadlineUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The SLA warning with the injected clock: a business with the default quiet hours (21:00–07:00), 120
 * minutes to answer and the default warning of 30 minutes. A ticket entered on Tuesday 24 November 2026 at
 * 20:00 has 60 minutes that evening and 60 from 07:00, so its deadline is Wednesday 08:00 and its warning
 * Wednesday 07:30, not 21:30 on Tuesday night.
 */
@MicronautTest(transactional = false)
class SlaWarningTest extends ServiceTest {

    private static final AtomicInteger BUSINESSES = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger();
    private static final ZonedDateTime TUESDAY_EVENING = ZonedDateTime.of(2026, 11, 24, 20, 0, 0, 0, MutableClock.ZURICH);

    @Inject
    MutableClock clock;

    @Inject
    WarnBeforeDeadlineUseCase warnings;

    private Api api;

    @Test
    void a_warning_never_fires_at_night_it_comes_when_30_minutes_of_sla_time_are_left_in_the_morning() {
        var business = aBusiness("zh");
        var ticket = enteredAt(business, TUESDAY_EVENING);

        for (var night : List.of(at(2026, 11, 24, 21, 30), at(2026, 11, 25, 3, 0), at(2026, 11, 25, 7, 29))) {
            clock.set(night);
            warnings.warnDue();
            assertThat(warningsOf(ticket)).as(night.toString()).isZero();
        }
        clock.set(at(2026, 11, 25, 7, 30));
        warnings.warnDue();

        assertThat(warningsOf(ticket)).isEqualTo(1);
        assertThat(rows.one("SELECT to_address, subject FROM outbound_email WHERE ticket_id = ? "
                + "AND purpose = 'sla_warning'", ticket))
                .containsEntry("to_address", "info@" + business.slug() + ".example")
                .containsEntry("subject", "[OpsFabric] Bald fällig: heizung_ausfall — zugesagt bis heute 08:00");
    }

    @Test
    void a_ticket_is_warned_once_however_often_the_job_runs() {
        var ticket = enteredAt(aBusiness("zh"), TUESDAY_EVENING);
        clock.set(at(2026, 11, 25, 7, 30));
        warnings.warnDue();

        clock.set(at(2026, 11, 25, 7, 45));
        warnings.warnDue();

        assertThat(warningsOf(ticket)).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM outbound_email WHERE ticket_id = ? AND purpose = 'sla_warning'",
                ticket)).isEqualTo(1);
    }

    @Test
    void the_warning_goes_to_the_assignee_when_the_ticket_has_one() {
        var business = aBusiness("zh");
        var ticket = enteredAt(business, TUESDAY_EVENING);
        var anna = StaffMembers.add(rows, business.id(), "Anna", true);
        assertThat(business.staff().patch(ticket, Map.of("assigned_to", anna.toString())).status()).isEqualTo(200);
        clock.set(at(2026, 11, 25, 7, 30));

        warnings.warnDue();

        assertThat(rows.one("SELECT to_address FROM outbound_email WHERE ticket_id = ? AND purpose = 'sla_warning'",
                ticket)).containsEntry("to_address", StaffMembers.emailOf(rows, anna));
    }

    @Test
    void an_answered_ticket_is_not_warned_a_message_to_the_customer_or_a_status_change_is_an_answer() {
        var business = aBusiness("zh");
        var written = enteredAt(business, TUESDAY_EVENING);
        var moved = enteredAt(business, TUESDAY_EVENING);
        clock.set(at(2026, 11, 24, 22, 0));
        assertThat(business.staff().message(written, Map.of("text", "Wir melden uns morgen früh.", "channel", "sms"))
                .status()).isEqualTo(201);
        assertThat(business.staff().patch(moved, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);
        clock.set(at(2026, 11, 25, 7, 30));

        warnings.warnDue();

        assertThat(warningsOf(written)).isZero();
        assertThat(warningsOf(moved)).isZero();
    }

    @Test
    void a_cantonal_holiday_does_not_count_so_the_warning_waits_for_the_next_working_day() {
        // Corpus Christi, Thursday 4 June 2026, is a holiday in Lucerne: 30 minutes count on Wednesday
        // evening, 60 on Friday from 07:00, so 30 are left on Friday at 08:00.
        var ticket = enteredAt(aBusiness("lu"), at(2026, 6, 3, 20, 30));

        for (var early : List.of(at(2026, 6, 4, 8, 0), at(2026, 6, 4, 15, 0), at(2026, 6, 5, 7, 59))) {
            clock.set(early);
            warnings.warnDue();
            assertThat(warningsOf(ticket)).as(early.toString()).isZero();
        }
        clock.set(at(2026, 6, 5, 8, 0));
        warnings.warnDue();

        assertThat(warningsOf(ticket)).isEqualTo(1);
    }

    @Test
    void two_claimers_at_once_warn_each_ticket_once() throws Exception {
        var business = aBusiness("zh");
        var tickets = new ArrayList<UUID>();
        for (int ticket = 0; ticket < 20; ticket++) {
            tickets.add(enteredAt(business, TUESDAY_EVENING));
        }
        clock.set(at(2026, 11, 25, 7, 30));
        var start = new CountDownLatch(1);
        var warned = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int claimer = 0; claimer < 2; claimer++) {
                warned.add(pool.submit(() -> {
                    start.await();
                    var total = 0;
                    for (var batch = warnings.warnDue(); batch > 0; batch = warnings.warnDue()) {
                        total += batch;
                    }
                    return total;
                }));
            }
            start.countDown();
            assertThat(warned.get(0).get() + warned.get(1).get()).isEqualTo(20);
        }

        assertThat(tickets).allSatisfy(ticket -> assertThat(warningsOf(ticket)).isEqualTo(1));
        assertThat(rows.count("SELECT count(*) FROM outbound_email WHERE customer_id = ? AND purpose = 'sla_warning'",
                business.id())).isEqualTo(20);
    }

    @Test
    void sla_warning_minutes_0_switches_the_warning_off() {
        var business = aBusiness("zh");
        assertThat(api.send(HttpRequest.PATCH("/api/admin/customers/" + business.id(),
                Map.of("sla_warning_minutes", 0)).bearerAuth(Api.ADMIN_TOKEN)).status()).isEqualTo(200);
        var ticket = enteredAt(business, TUESDAY_EVENING);
        clock.set(at(2026, 11, 25, 7, 59));

        warnings.warnDue();

        assertThat(warningsOf(ticket)).isZero();
    }

    private record Business(UUID id, String slug, StaffApi staff) {
    }

    private Business aBusiness(String canton) {
        api = new Api(http);
        var slug = "warnung-" + BUSINESSES.incrementAndGet();
        var provisioned = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@" + slug + ".example",
                "canton", canton, "sla_response_minutes", 120));
        return new Business(UUID.fromString((String) provisioned.get("id")), slug,
                new StaffApi(api, (String) provisioned.get("staff_token")));
    }

    private UUID enteredAt(Business business, ZonedDateTime when) {
        clock.set(when);
        var phone = "079 %03d 33 44".formatted(100 + PHONES.incrementAndGet());
        return UUID.fromString(business.staff().newTicket("Anna Muster", phone, "Heizung kalt"));
    }

    private long warningsOf(UUID ticket) {
        return rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type = 'sla_warning'",
                ticket);
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MutableClock.ZURICH);
    }
}

package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The business's canton reaches the SLA: a wizard request on a public holiday of that canton is
 * promised for the next working day, while the same request to a business in a canton without
 * that holiday is promised for the same day. Corpus Christi (Thursday 4 June 2026) is a public
 * holiday in Lucerne and an ordinary working day in Zurich.
 */
@MicronautTest(transactional = false)
class CantonalHolidayPausesTheSlaTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final ZonedDateTime CORPUS_CHRISTI_MORNING =
            ZonedDateTime.of(2026, 6, 4, 10, 0, 0, 0, MutableClock.ZURICH);

    @Inject
    MutableClock clock;

    private Api api;

    @BeforeEach
    void onCorpusChristiMorning() {
        api = new Api(http);
        clock.set(CORPUS_CHRISTI_MORNING);
    }

    @Test
    void a_request_on_a_holiday_of_the_business_canton_is_promised_for_the_next_working_day() {
        var ticketId = wizardRequestToABusinessIn("lu");

        // The holiday does not count; the two hours run from 07:00 on Friday, when quiet hours end.
        assertThat(slaDeadlineOf(ticketId)).isEqualTo(zurich(2026, 6, 5, 9, 0));
        assertThat(confirmationOf(ticketId))
                .isEqualTo("Danke Anna Muster, Ihre Anfrage ist eingegangen. Wir melden uns bis morgen 09:00.");
    }

    @Test
    void the_same_request_in_a_canton_without_that_holiday_is_promised_for_the_same_day() {
        var ticketId = wizardRequestToABusinessIn("zh");

        assertThat(slaDeadlineOf(ticketId)).isEqualTo(zurich(2026, 6, 4, 12, 0));
        assertThat(confirmationOf(ticketId))
                .isEqualTo("Danke Anna Muster, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.");
    }

    private UUID wizardRequestToABusinessIn(String canton) {
        var slug = "kanton-" + canton + "-" + SLUGS.incrementAndGet();
        api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "phone", "044 443 52 00", "canton", canton, "sla_response_minutes", 120));
        var answer = api.postTicket(Api.wizardPost(slug));
        assertThat(answer.status()).isEqualTo(201);
        return UUID.fromString((String) answer.body().get("ticket_id"));
    }

    private Instant slaDeadlineOf(UUID ticketId) {
        return (Instant) rows.one("SELECT sla_deadline FROM tickets WHERE id = ?", ticketId).get("sla_deadline");
    }

    private String confirmationOf(UUID ticketId) {
        return (String) rows.one("SELECT body FROM outbound_sms WHERE ticket_id = ? AND purpose = 'confirmation'",
                ticketId).get("body");
    }

    private static Instant zurich(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MutableClock.ZURICH).toInstant();
    }
}

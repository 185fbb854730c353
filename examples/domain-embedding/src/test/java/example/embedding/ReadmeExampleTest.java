package example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.reply.Reply;
import ch.opsfabric.domain.reply.ReplyParser;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.Canton;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.time.QuietHoursPolicy;
import ch.opsfabric.domain.time.SlaCalculator;
import ch.opsfabric.domain.time.SlaPolicy;
import ch.opsfabric.domain.time.SwissPublicHolidays;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's usage example, line for line, so it cannot drift from the API it shows. */
class ReadmeExampleTest {

    @Test
    void the_readme_example_runs_as_written() {
        var businessId = UUID.randomUUID();
        var ticketId = UUID.randomUUID();
        var now = Instant.parse("2026-12-01T21:30:00Z");
        Ticket callBack = null;

        // from the README
        var zurich = ZoneId.of("Europe/Zurich");
        var sla = new SlaCalculator(new SwissPublicHolidays());   // one per application: it keeps each canton's year
        var promised = sla.deadline(now, new SlaPolicy(120, QuietHours.DEFAULT, zurich, true, Optional.of(Canton.ZH)));
        var confirmAt = new QuietHoursPolicy(QuietHours.DEFAULT, zurich).nextAllowedSend(now);
        var contact = Contact.of("Anna Muster", PhoneNumber.parse("079 123 45 67").orElseThrow(), null);
        var key = DedupeKey.of(businessId, contact, now, zurich);  // same contact, same business, same local day
        var inquiry = new Inquiry(TicketSource.WIZARD, null, Urgency.MED, contact, "Wasserhahn tropft", Map.of());
        var ticket = Ticket.open(ticketId, businessId, inquiry, key.orElse(null), now, promised).ticket();
        if (ReplyParser.parse(" 2. ") instanceof Reply.Option(var option) && option == 2
                && ticket.moveTo(TicketStatus.NEEDS_CALLBACK, now) instanceof StatusChange.Moved(var moved, var _)) {
            callBack = moved;
        }

        assertThat(promised).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(confirmAt).isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(key).hasValueSatisfying(k -> assertThat(k.value()).endsWith(":+41791234567:2026-12-01"));
        assertThat(callBack).isNotNull().extracting(Ticket::status).isEqualTo(TicketStatus.NEEDS_CALLBACK);
    }
}

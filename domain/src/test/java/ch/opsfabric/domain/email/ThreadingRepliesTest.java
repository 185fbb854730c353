package ch.opsfabric.domain.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** docs/domain-rules.md, E-mail intake: the inbound address names the business, a reply names its ticket. */
class ThreadingRepliesTest {

    private static final UUID TICKET = UUID.fromString("5f0c2a9e-81b3-4c7d-9e2f-0a1b2c3d4e5f");

    @Test
    void the_inbound_address_names_the_business_by_its_slug() {
        assertThat(InboundAddress.parse("Doerfler-AG@Mail.OpsFabric.example", "mail.opsfabric.example"))
                .contains(new InboundAddress("doerfler-ag", Optional.empty()));
    }

    @Test
    void an_address_of_another_domain_names_no_business() {
        assertThat(InboundAddress.parse("doerfler-ag@example.ch", "mail.opsfabric.example")).isEmpty();
    }

    @Test
    void the_reply_address_of_our_email_names_the_ticket_and_leads_back_to_it() {
        var replyTo = InboundAddress.replyTo("doerfler-ag", TICKET, "mail.opsfabric.example");

        assertThat(replyTo).isEqualTo("doerfler-ag+5f0c2a9e81b3@mail.opsfabric.example");
        assertThat(InboundAddress.parse(replyTo, "mail.opsfabric.example")).contains(
                new InboundAddress("doerfler-ag", Optional.of(TicketReference.of(TICKET))));
    }

    @Test
    void a_subject_keeping_our_mark_names_the_ticket() {
        var mark = TicketReference.of(TICKET).subjectMark();

        assertThat(TicketReference.inSubject("AW: Ihre Anfrage bei Dörfler AG " + mark))
                .contains(TicketReference.of(TICKET));
        assertThat(TicketReference.inSubject("Heizung kalt")).isEmpty();
    }

    @Test
    void the_reference_covers_the_first_twelve_hex_digits_of_the_ticket_id() {
        assertThat(TicketReference.of(TICKET).idPrefix()).isEqualTo("5f0c2a9e-81b3");
    }
}

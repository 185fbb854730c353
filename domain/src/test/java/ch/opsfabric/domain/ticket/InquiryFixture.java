package ch.opsfabric.domain.ticket;

import java.util.Map;

/** An inbound item with sensible defaults: a medium-urgency wizard post from the fixture's caller. */
final class InquiryFixture {

    private TicketSource source = TicketSource.WIZARD;
    private String intent = "sanitaer_reparatur";
    private Urgency urgency = Urgency.MED;
    private Contact contact = Contact.of("Anna Meier", TicketFixture.MOBILE, null);
    private String summary = "Wasserhahn in der Küche tropft";
    private Map<String, Object> metadata = Map.of();

    private InquiryFixture() {
    }

    static InquiryFixture anInquiry() {
        return new InquiryFixture();
    }

    InquiryFixture withSource(TicketSource source) {
        this.source = source;
        return this;
    }

    InquiryFixture withIntent(String intent) {
        this.intent = intent;
        return this;
    }

    InquiryFixture withUrgency(Urgency urgency) {
        this.urgency = urgency;
        return this;
    }

    InquiryFixture withContact(Contact contact) {
        this.contact = contact;
        return this;
    }

    InquiryFixture withSummary(String summary) {
        this.summary = summary;
        return this;
    }

    InquiryFixture withMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
        return this;
    }

    Inquiry build() {
        return new Inquiry(source, intent, urgency, contact, summary, metadata);
    }
}

package ch.opsfabric.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored codes are the lower-case values the reports and exports use. */
class AuditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"created", "status_changed", "dedupe_merged", "sms_sent", "sms_received", "sms_failed",
            "review_requested", "review_clicked", "escalated"})
    void every_event_type_is_stored_under_its_code(String code) {
        assertThat(EventType.fromCode(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wizard", "missed_call", "sms_reply", "whatsapp", "email", "manual"})
    void every_ticket_source_is_stored_under_its_code(String code) {
        assertThat(TicketSource.fromCode(code).code()).isEqualTo(code);
    }
}

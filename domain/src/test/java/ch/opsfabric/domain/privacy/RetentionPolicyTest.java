package ch.opsfabric.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void a_ticket_is_due_after_twenty_four_calendar_months_without_activity() {
        assertThat(RetentionPolicy.idleSince(Instant.parse("2026-11-24T09:00:00Z")))
                .isEqualTo(Instant.parse("2024-11-24T09:00:00Z"));
    }

    @Test
    void the_end_of_a_longer_month_counts_back_to_the_end_of_the_shorter_one() {
        assertThat(RetentionPolicy.idleSince(Instant.parse("2026-02-28T12:00:00Z")))
                .isEqualTo(Instant.parse("2024-02-28T12:00:00Z"));
        assertThat(RetentionPolicy.idleSince(Instant.parse("2027-02-28T12:00:00Z")))
                .isEqualTo(Instant.parse("2025-02-28T12:00:00Z"));
    }

    @Test
    void counts_that_join_rows_by_number_are_settled_a_month_before_the_rows_are_due() {
        assertThat(RetentionPolicy.settleReportsBefore(Instant.parse("2026-11-24T09:00:00Z")))
                .isEqualTo(Instant.parse("2024-12-24T09:00:00Z"));
    }
}

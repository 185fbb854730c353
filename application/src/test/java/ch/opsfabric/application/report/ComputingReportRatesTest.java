package ch.opsfabric.application.report;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryHeartbeats;
import ch.opsfabric.application.port.in.MonthlyReport;
import ch.opsfabric.application.port.in.ReportMonth;
import ch.opsfabric.application.port.out.MonthlyCounts;
import ch.opsfabric.application.port.out.MonthlyCountsPort;
import ch.opsfabric.application.port.out.OverviewCounts;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report's arithmetic over counts from an in-memory port; the SQL is exercised in bootstrap. */
class ComputingReportRatesTest {

    private static final Tenant BUSINESS = aTenant().build();

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private Instant askedFrom;
    private Instant askedTo;
    private Optional<UUID> askedInTransactionOf;

    private MonthlyReport reportOf(MonthlyCounts counts) {
        MonthlyCountsPort port = (customerId, from, to) -> {
            askedFrom = from;
            askedTo = to;
            askedInTransactionOf = transactions.tenant();
            return counts;
        };
        return new MonthlyReportService(transactions, port, (customer, from, to, zone) -> Map.of())
                .monthly(BUSINESS, ReportMonth.parse("2026-03"));
    }

    @Test
    void the_counts_are_read_in_a_transaction_of_the_business_itself() {
        reportOf(counts(0, 0, 0, 0, 0, 0, 0));

        assertThat(askedInTransactionOf).contains(BUSINESS.id());
    }

    private static MonthlyCounts counts(long wizardTickets, long missedCallTickets, long visits, long missedCalls,
                                        long smsSent, long replies, long viaWizard) {
        return counts(Map.of("wizard", wizardTickets, "missed_call", missedCallTickets), visits, visits, missedCalls,
                missedCalls, smsSent, replies, viaWizard);
    }

    private static MonthlyCounts counts(Map<String, Long> ticketsBySource, long visits, long capturedVisits,
                                        long missedCalls, long capturedMissedCalls, long smsSent, long replies,
                                        long viaWizard) {
        var total = ticketsBySource.values().stream().mapToLong(Long::longValue).sum();
        return new MonthlyCounts(ticketsBySource, Map.of("MED", total), visits, capturedVisits, null, null, 0, 0, 0,
                missedCalls, missedCalls, capturedMissedCalls, smsSent, Map.of("option_1", replies), viaWizard);
    }

    @Test
    void the_month_is_counted_between_local_midnights_across_the_daylight_saving_change() {
        reportOf(counts(0, 0, 0, 0, 0, 0, 0));

        // March 2026 in Zurich starts at UTC+1 and ends at UTC+2 (summer time from 29 March)
        assertThat(askedFrom).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(askedTo).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void rates_are_rounded_to_four_decimals() {
        // captured (1 visit + 1 missed call) ÷ (1 + 2) = 0.6667; recovery (1 + 1) ÷ 2 = 1; reply 1 ÷ 3 = 0.3333
        var report = reportOf(counts(Map.of("wizard", 1L, "missed_call", 1L), 1, 1, 2, 1, 3, 1, 1));

        assertThat(report.capturedRate()).isEqualByComparingTo("0.6667");
        assertThat(report.ticketsFromMissedCalls()).isEqualTo(2);
        assertThat(report.recoveryRate()).isEqualByComparingTo("1");
        assertThat(report.replyRate()).isEqualByComparingTo("0.3333");
    }

    @Test
    void the_captured_rate_counts_the_visits_and_missed_calls_that_led_to_a_request_not_every_ticket() {
        // issue 11: no wizard visits, four tickets from other sources and one missed call gave 4 ÷ 1 = 4.0
        var otherSources = Map.of("sms_reply", 2L, "manual", 1L, "email", 1L);

        var nothingCaptured = reportOf(counts(otherSources, 0, 0, 1, 0, 0, 0, 0));
        var callCaptured = reportOf(counts(otherSources, 0, 0, 1, 1, 0, 0, 0));

        assertThat(nothingCaptured.capturedRate()).isEqualByComparingTo("0");
        assertThat(callCaptured.capturedRate()).isEqualByComparingTo("1").isLessThanOrEqualTo(BigDecimal.ONE);
    }

    @Test
    void captured_visits_or_calls_beyond_the_visits_or_calls_themselves_are_refused_not_reported() {
        assertThatThrownBy(() -> counts(Map.of(), 0, 1, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("captured wizard visits (1)");
        assertThatThrownBy(() -> counts(Map.of(), 0, 0, 2, 3, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("captured missed calls (3)");
    }

    @Test
    void a_rate_without_denominator_is_null_rather_than_zero() {
        var report = reportOf(counts(0, 0, 0, 0, 0, 0, 0));

        assertThat(report.capturedRate()).isNull();
        assertThat(report.nextStep24hRate()).isNull();
        assertThat(report.reviewConversion()).isNull();
        assertThat(report.missedCallRate()).isNull();
        assertThat(report.replyRate()).isNull();
        assertThat(report.recoveryRate()).isNull();
    }

    @Test
    void a_month_must_be_written_yyyy_mm() {
        assertThat(ReportMonth.parse("2026-11").month().getMonthValue()).isEqualTo(11);
        for (var text : new String[] {null, "", "2026-13", "2026-1", "11-2026", "2026-11-01"}) {
            assertThatThrownBy(() -> ReportMonth.parse(text)).as(String.valueOf(text))
                    .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("month"));
        }
    }

    @Test
    void mrr_multiplies_each_plans_active_businesses_by_its_price() {
        var prices = new PlanPrices(Map.of(Plan.PILOT, BigDecimal.ZERO,
                Plan.STARTER, new BigDecimal("99"),
                Plan.PRO, new BigDecimal("199"),
                Plan.PREMIUM, new BigDecimal("399")));
        var counts = new OverviewCounts(Map.of(Plan.PILOT, 4L,
                Plan.STARTER, 2L, Plan.PREMIUM, 1L), 0, 0, 0, 0);

        var overview = new OverviewService(Clock.systemUTC(), (from, to) -> counts,
                new InMemoryHeartbeats(), prices, ZoneId.of("Europe/Zurich"))
                .overview(ReportMonth.parse("2026-11"));

        // 4 × 0 + 2 × 99 + 1 × 399 = 597; no business at the start and no SMS: both rates null
        assertThat(overview.mrrChf()).isEqualByComparingTo("597");
        assertThat(overview.churnRate()).isNull();
        assertThat(overview.smsDeliveryRate()).isNull();
    }
}

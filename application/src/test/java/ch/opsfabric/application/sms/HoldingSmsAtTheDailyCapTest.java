package ch.opsfabric.application.sms;

import java.util.UUID;
import ch.opsfabric.domain.phone.PhoneNumber;
import static ch.opsfabric.application.fixtures.TenantFixture.TENANT_ID;
import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static ch.opsfabric.application.fixtures.TicketFixture.CONTACT_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.InMemorySmsQueue.Status;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.OutboundEmail;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, SMS pumping guard: once a business's SMS of its local day reach its {@code daily_sms_cap},
 * further ones are held (they stay pending, nothing is lost), the business and the operator are told once that day
 * by e-mail, and the hold lifts the next day or as soon as the operator raises the cap.
 */
class HoldingSmsAtTheDailyCapTest {

    private static final Instant MORNING = Zurich.at("2026-03-10T10:00");

    private final PumpingGuardWorld world = new PumpingGuardWorld(MORNING, aTenant().withDailySmsCap(2));

    private void queuedThree() {
        for (int n = 0; n < 3; n++) {
            world.queued(CONTACT_MOBILE, null);
        }
    }

    private long withStatus(Status status) {
        return world.queue.all().stream().filter(queued -> queued.status() == status).count();
    }

    private java.util.List<OutboundEmail> capNotices() {
        return world.emails.emails().stream().filter(email -> email.purpose() == EmailPurpose.SMS_CAP_REACHED).toList();
    }

    @Test
    void sms_beyond_the_cap_are_held_pending_not_sent_and_not_lost() {
        queuedThree();

        world.dispatchAll();

        assertThat(world.sender.received()).hasSize(2);
        assertThat(withStatus(Status.SENT)).isEqualTo(2);
        assertThat(withStatus(Status.PENDING)).isEqualTo(1);
    }

    @Test
    void the_business_and_the_operator_are_told_by_e_mail_once_a_day() {
        queuedThree();
        world.dispatchAll();
        world.clock.set(Zurich.at("2026-03-10T15:00"));
        world.queued(CONTACT_MOBILE, null);
        world.dispatchAll();

        assertThat(capNotices()).extracting(OutboundEmail::to)
                .containsExactlyInAnyOrder("info@doerfler.ch", PumpingGuardWorld.OPERATOR);
        assertThat(capNotices()).allSatisfy(email -> {
            assertThat(email.customerId()).isEqualTo(TENANT_ID);
            assertThat(email.subject()).contains("Tageslimit von 2 SMS");
        });
    }

    @Test
    void nobody_is_told_while_the_cap_is_only_reached_and_nothing_waits() {
        world.queued(CONTACT_MOBILE, null);
        world.queued(CONTACT_MOBILE, null);

        world.dispatchAll();

        assertThat(withStatus(Status.SENT)).isEqualTo(2);
        assertThat(capNotices()).isEmpty();
    }

    @Test
    void the_hold_lifts_at_the_start_of_the_businesss_next_local_day() {
        world.tenants.update(aTenant().withDailySmsCap(2).withoutQuietHours().build(), MORNING);
        queuedThree();
        world.dispatchAll();

        world.clock.set(Zurich.at("2026-03-10T23:59"));
        world.dispatchAll();
        assertThat(withStatus(Status.PENDING)).isEqualTo(1);

        world.clock.set(Zurich.at("2026-03-11T00:00"));
        world.dispatchAll();
        assertThat(withStatus(Status.SENT)).isEqualTo(3);
    }

    @Test
    void a_held_sms_released_at_midnight_still_waits_for_the_end_of_the_quiet_hours() {
        queuedThree();
        world.dispatchAll();

        world.clock.set(Zurich.at("2026-03-11T00:00"));
        world.dispatchAll();
        assertThat(withStatus(Status.PENDING)).isEqualTo(1);
        assertThat(world.queue.all()).filteredOn(queued -> queued.status() == Status.PENDING).singleElement()
                .satisfies(queued -> {
                    assertThat(queued.dueAt()).isEqualTo(Zurich.at("2026-03-11T07:00"));
                    assertThat(queued.attempts()).as("waiting is no attempt").isZero();
                });

        world.clock.set(Zurich.at("2026-03-11T07:00"));
        world.dispatchAll();
        assertThat(withStatus(Status.SENT)).isEqualTo(3);
    }

    @Test
    void the_next_day_the_business_is_told_again_when_it_reaches_the_cap_again() {
        queuedThree();
        world.dispatchAll();
        world.clock.set(Zurich.at("2026-03-11T09:00"));
        queuedThree();
        world.dispatchAll();

        assertThat(capNotices()).hasSize(4);
    }

    @Test
    void the_hold_lifts_as_soon_as_the_operator_raises_the_cap() {
        queuedThree();
        world.dispatchAll();

        world.tenants.update(aTenant().withDailySmsCap(3).build(), MORNING);
        world.dispatchAll();

        assertThat(withStatus(Status.SENT)).isEqualTo(3);
    }

    @Test
    void a_cap_of_zero_holds_every_sms() {
        world.tenants.update(aTenant().withDailySmsCap(0).build(), MORNING);
        world.queued(CONTACT_MOBILE, null);

        world.dispatchAll();

        assertThat(world.sender.received()).isEmpty();
        assertThat(withStatus(Status.PENDING)).isEqualTo(1);
    }

    @Test
    void a_failed_attempt_costs_nothing_of_the_cap() {
        world.sender.thenAnswer(new ch.opsfabric.application.port.out.SendSmsPort.SendResult.Deferred("timeout",
                java.util.Optional.empty()));
        queuedThree();

        world.dispatchAll();

        assertThat(withStatus(Status.SENT)).isEqualTo(2);
        assertThat(withStatus(Status.PENDING)).isEqualTo(1);
        assertThat(world.queue.all()).filteredOn(queued -> queued.status() == Status.PENDING)
                .singleElement().satisfies(queued -> assertThat(queued.lastError()).isEqualTo("timeout"));
    }

    @Test
    void an_urgent_alert_to_the_business_goes_out_although_the_cap_is_reached_and_does_not_count_against_it() {
        queuedThree();
        world.dispatchAll();
        var alertPhone = new PhoneNumber("+41798887766");

        world.alertQueued(alertPhone, UUID.randomUUID());
        world.dispatchAll();

        assertThat(world.sender.received()).hasSize(3);
        assertThat(world.sender.received().getLast().to()).isEqualTo(alertPhone);
        assertThat(withStatus(Status.PENDING)).as("the customer's confirmation still waits").isEqualTo(1);
    }

    @Test
    void sent_urgent_alerts_leave_the_customers_their_whole_daily_allowance() {
        world.alertQueued(new PhoneNumber("+41798887766"), UUID.randomUUID());
        world.alertQueued(new PhoneNumber("+41798887766"), UUID.randomUUID());
        world.dispatchAll();

        queuedThree();
        world.dispatchAll();

        assertThat(world.sender.received()).hasSize(4);
    }
}

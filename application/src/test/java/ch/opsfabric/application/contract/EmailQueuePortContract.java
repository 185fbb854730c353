package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.opsfabric.application.port.out.EmailAttachment;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.port.out.EmailDispatchPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the durable e-mail queue does, the PostgreSQL queue and the in-memory fake alike, from the
 * intake's side ({@link EmailQueuePort}) and the dispatcher's ({@link EmailDispatchPort}): an e-mail
 * is due from its time on, claimed once, earliest first, and due again only when retried.
 */
public abstract class EmailQueuePortContract {

    protected static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");

    /** The intake's side; the same queue as {@link #dispatch()}. */
    protected abstract EmailQueuePort queue();

    /** The dispatcher's side; the same queue as {@link #queue()}. */
    protected abstract EmailDispatchPort dispatch();

    /** A business with nothing queued. */
    protected abstract UUID aBusiness();

    /** Runs {@code work} as the service does: in a transaction for {@code business}. */
    protected abstract <T> T forBusiness(UUID business, Supplier<T> work);

    private UUID business;

    @BeforeEach
    void aBusinessWithAnEmptyQueue() {
        business = aBusiness();
    }

    @Test
    void an_email_is_due_for_its_business_from_its_time_on() {
        queued(anEmail("Neue Anfrage", MORNING.plus(Duration.ofMinutes(10))));

        assertThat(dispatch().tenantsWithDue(MORNING)).doesNotContain(business);
        assertThat(dispatch().tenantsWithDue(MORNING.plus(Duration.ofMinutes(10)))).contains(business);
    }

    @Test
    void a_claim_takes_the_earliest_due_emails_up_to_the_limit_and_counts_an_attempt() {
        var second = queued(anEmail("zweite", MORNING.minusSeconds(60)));
        var first = queued(anEmail("erste", MORNING.minusSeconds(120)));
        queued(anEmail("dritte", MORNING));

        assertThat(claim(MORNING, 2)).extracting(OutboundEmail::id, OutboundEmail::attempts, OutboundEmail::subject)
                .containsExactly(tuple(first.id(), 1, "erste"), tuple(second.id(), 1, "zweite"));
    }

    @Test
    void a_claimed_email_is_not_claimed_again_while_in_flight_nor_by_another_business() {
        queued(anEmail("Neue Anfrage", MORNING));
        var elsewhere = aBusiness();

        assertThat(forBusiness(elsewhere, () -> dispatch().claimDue(elsewhere, MORNING, 10))).isEmpty();
        assertThat(claim(MORNING, 10)).hasSize(1);
        assertThat(claim(MORNING, 10)).isEmpty();
    }

    @Test
    void a_sent_or_failed_email_is_never_due_again() {
        var sent = queued(anEmail("gesendet", MORNING));
        var failed = queued(anEmail("gescheitert", MORNING));
        claim(MORNING, 10);

        forBusiness(business, () -> {
            dispatch().markSent(sent.id(), MORNING.plusSeconds(5));
            dispatch().markFailed(failed.id(), "mailbox unknown", MORNING.plusSeconds(5));
            return null;
        });

        assertThat(dispatch().tenantsWithDue(MORNING.plus(Duration.ofDays(1)))).doesNotContain(business);
        assertThat(claim(MORNING.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void a_retry_is_due_again_at_its_time_with_its_attempts_kept() {
        var email = queued(anEmail("Neue Anfrage", MORNING));
        claim(MORNING, 10);

        forBusiness(business, () -> {
            dispatch().retryAt(email.id(), "SMTP down", MORNING.plus(Duration.ofMinutes(2)));
            return null;
        });

        assertThat(claim(MORNING.plus(Duration.ofMinutes(1)), 10)).isEmpty();
        assertThat(claim(MORNING.plus(Duration.ofMinutes(2)), 10))
                .extracting(OutboundEmail::id, OutboundEmail::attempts).containsExactly(tuple(email.id(), 2));
    }

    @Test
    void an_emails_reply_address_and_attached_file_come_back_with_its_claim() {
        var pdf = new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xFF};
        var email = queued(new OutboundEmail(UUID.randomUUID(), business, null, EmailPurpose.MONTHLY_REPORT,
                "info@doerfler.example", "Monatsbericht November 2026", "Ihr Monatsbericht", MORNING, MORNING, 0,
                "doerfler-ag+5f0c2a9e81b3@mail.opsfabric.example",
                new EmailAttachment("Monatsbericht-2026-11.pdf", "application/pdf", pdf)));

        assertThat(claim(MORNING, 10)).singleElement().satisfies(claimed -> {
            assertThat(claimed.replyTo()).isEqualTo(email.replyTo());
            assertThat(claimed.attachment()).isEqualTo(email.attachment());
        });
    }

    @Test
    void emails_queued_together_are_each_due_and_claimed_as_queued() {
        var first = anEmail("erste", MORNING.minusSeconds(120));
        var second = anEmail("zweite", MORNING.minusSeconds(60));
        forBusiness(business, () -> {
            queue().enqueueAll(List.of(second, first));
            return null;
        });

        assertThat(claim(MORNING, 10)).extracting(OutboundEmail::id, OutboundEmail::subject)
                .containsExactly(tuple(first.id(), "erste"), tuple(second.id(), "zweite"));
    }

    private OutboundEmail anEmail(String subject, Instant dueAt) {
        return new OutboundEmail(UUID.randomUUID(), business, null, EmailPurpose.NEW_REQUEST, "info@doerfler.example",
                subject, "Eine neue Anfrage ist eingegangen.", MORNING.minus(Duration.ofMinutes(5)), dueAt, 0);
    }

    private OutboundEmail queued(OutboundEmail email) {
        forBusiness(business, () -> {
            queue().enqueue(email);
            return null;
        });
        return email;
    }

    private List<OutboundEmail> claim(Instant now, int limit) {
        return forBusiness(business, () -> dispatch().claimDue(business, now, limit));
    }
}

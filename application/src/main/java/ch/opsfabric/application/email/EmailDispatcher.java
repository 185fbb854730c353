package ch.opsfabric.application.email;

import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.support.TenantByTenant;
import ch.opsfabric.application.port.in.DispatchDueEmailUseCase;
import ch.opsfabric.application.port.out.EmailDispatchPort;
import ch.opsfabric.application.port.out.SendEmailPort.EmailMessage;
import ch.opsfabric.application.port.out.SendEmailPort.EmailResult;
import ch.opsfabric.application.port.out.SendEmailPort;
import ch.opsfabric.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Hands due e-mails to the mail server. A failure is retried with growing pauses (1, 5, 15, 30
 * minutes, then hourly) for about a day before the e-mail is given up and left marked failed; the
 * requests that caused it were answered long before.
 */
public final class EmailDispatcher implements DispatchDueEmailUseCase {

    static final int BATCH_SIZE = 20;
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1));
    static final int MAX_ATTEMPTS = 28;

    private final Clock clock;
    private final Transactions transactions;
    private final EmailDispatchPort queue;
    private final SendEmailPort sender;

    public EmailDispatcher(Clock clock, Transactions transactions, EmailDispatchPort queue, SendEmailPort sender) {
        this.clock = clock;
        this.transactions = transactions;
        this.queue = queue;
        this.sender = sender;
    }

    @Override
    public int dispatchDue() {
        var now = clock.instant();
        return TenantByTenant.claimAndHandle(transactions, queue.tenantsWithDue(now),
                (tenantId, limit) -> queue.claimDue(tenantId, now, limit), BATCH_SIZE,
                claimed -> claimed.forEach(this::deliver));
    }

    private void deliver(OutboundEmail email) {
        var result = send(email);
        var now = clock.instant();
        transactions.forTenant(email.customerId(), () -> {
            switch (result) {
                case EmailResult.Sent sent -> queue.markSent(email.id(), now);
                case EmailResult.Failed failed when email.attempts() >= MAX_ATTEMPTS ->
                        queue.markFailed(email.id(), failed.detail(), now);
                case EmailResult.Failed failed -> queue.retryAt(email.id(), failed.detail(),
                        now.plus(RETRY_DELAYS.get(Math.min(email.attempts(), RETRY_DELAYS.size()) - 1)));
            }
        });
    }

    private EmailResult send(OutboundEmail email) {
        try {
            return sender.send(new EmailMessage(email.to(), email.subject(), email.body(), email.replyTo(),
                    email.attachment()));
        } catch (RuntimeException unexpected) {
            return new EmailResult.Failed("unexpected mail error: " + unexpected);
        }
    }
}

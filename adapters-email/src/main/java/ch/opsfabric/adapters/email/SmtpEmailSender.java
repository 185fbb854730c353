package ch.opsfabric.adapters.email;

import ch.opsfabric.application.port.out.SendEmailPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.email.BodyType;
import io.micronaut.email.Attachment;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the business's e-mails through the configured SMTP server ({@code SMTP_HOST} and friends),
 * with micronaut-email-javamail's sender and session.
 */
@Singleton
@Requires(property = SmtpSettings.HOST)
class SmtpEmailSender implements SendEmailPort {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailSender.class);

    private final EmailSender<?, ?> sender;
    private final String from;

    SmtpEmailSender(EmailSender<?, ?> sender, SmtpSettings settings) {
        this.sender = sender;
        this.from = settings.from();
    }

    @Override
    public EmailResult send(EmailMessage message) {
        try {
            var email = Email.builder().from(from).to(message.to()).subject(message.subject())
                    .body(message.body(), BodyType.TEXT);
            if (message.replyTo() != null) {
                email.replyTo(message.replyTo());
            }
            if (message.attachment() != null) {
                var file = message.attachment();
                email.attachment(Attachment.builder().filename(file.filename()).contentType(file.contentType())
                        .content(file.content()).build());
            }
            sender.send(email);
            return new EmailResult.Sent();
        } catch (RuntimeException refused) {
            // The mail server is down or refused: the queue retries later; the cause is worth a line in the log.
            LOG.warn("e-mail to {} not sent: {}", message.to(), refused.toString());
            return new EmailResult.Failed(refused.toString());
        }
    }
}

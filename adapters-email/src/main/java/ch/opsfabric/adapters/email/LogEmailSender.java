package ch.opsfabric.adapters.email;

import ch.opsfabric.application.port.out.SendEmailPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a mail server ({@code SMTP_HOST} unset, as in the embedded default run) the business's
 * e-mails are written to the log, so development shows exactly what would be sent.
 */
@Singleton
@Requires(missingProperty = SmtpSettings.HOST)
class LogEmailSender implements SendEmailPort {

    private static final Logger LOG = LoggerFactory.getLogger(LogEmailSender.class);

    @Override
    public EmailResult send(EmailMessage message) {
        LOG.info("E-mail to {}: {}{}\n{}", message.to(), message.subject(),
                message.attachment() == null ? "" : " (with " + message.attachment() + ")", message.body());
        return new EmailResult.Sent();
    }
}

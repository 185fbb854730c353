package ch.opsfabric.adapters.sms;

import ch.opsfabric.application.port.out.SendSmsPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development provider: nothing leaves the machine. Each message is written to the log
 * (the text at debug level, like every provider) and accepted, so the rest of the pipeline,
 * {@code sms_log} included, behaves exactly as in production.
 */
@Singleton
@Requires(property = SmsProvider.PROPERTY, value = ConsoleSmsSender.NAME, defaultValue = ConsoleSmsSender.NAME)
class ConsoleSmsSender implements SendSmsPort {

    static final String NAME = "console";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSmsSender.class);

    @Override
    public SendResult send(SmsMessage message) {
        var providerId = "console-" + UUID.randomUUID();
        LOG.info("SMS {} to {} from {} ({} characters)", providerId, message.to(),
                message.from().map(Object::toString).orElse("default sender"), message.body().length());
        LOG.debug("SMS {} text: {}", providerId, message.body());
        return new SendResult.Accepted(providerId);
    }

    /** The console is always one of the providers. */
    @Singleton
    static final class Console implements SmsProvider {

        @Override
        public String name() {
            return NAME;
        }
    }
}

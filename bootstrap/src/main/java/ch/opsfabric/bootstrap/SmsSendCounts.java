package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.out.SendSmsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Counts every send attempt by provider and result ({@code opsfabric_sms_sent_total}):
 * {@code accepted}, {@code rejected} (never deliverable), {@code deferred} (retried later), and
 * {@code error} for a sender that threw instead of classifying its outcome. It wraps whichever
 * provider's sender is configured, so no provider adapter has to remember to count.
 */
@Singleton
final class SmsSendCounts implements BeanCreatedEventListener<SendSmsPort> {

    private final String provider;
    private final BeanProvider<MeterRegistry> registry;

    SmsSendCounts(@Value("${sms.provider:console}") String provider, BeanProvider<MeterRegistry> registry) {
        this.provider = provider;
        this.registry = registry;
    }

    @Override
    public SendSmsPort onCreated(BeanCreatedEvent<SendSmsPort> event) {
        return counted(event.getBean());
    }

    SendSmsPort counted(SendSmsPort sender) {
        return message -> {
            SendSmsPort.SendResult result;
            try {
                result = sender.send(message);
            } catch (RuntimeException failure) {
                count("error");
                throw failure;
            }
            count(switch (result) {
                case SendSmsPort.SendResult.Accepted accepted -> "accepted";
                case SendSmsPort.SendResult.Rejected rejected -> "rejected";
                case SendSmsPort.SendResult.Deferred deferred -> "deferred";
            });
            return result;
        };
    }

    private void count(String result) {
        Counter.builder("opsfabric.sms.sent").description("SMS send attempts by provider and result")
                .tag("provider", provider).tag("result", result).register(registry.get()).increment();
    }
}

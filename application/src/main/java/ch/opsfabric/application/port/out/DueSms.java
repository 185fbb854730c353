package ch.opsfabric.application.port.out;

import java.util.Objects;

/** A message claimed for sending, with what has happened since it was queued. */
public record DueSms(OutboundSms sms, SinceQueued since) {

    public DueSms {
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(since, "since");
    }
}

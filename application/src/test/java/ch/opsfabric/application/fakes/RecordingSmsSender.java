package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.SendSmsPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * An SMS provider that answers as scripted, one answer per message, in order; once the script
 * runs out it accepts everything with ids {@code provider-1}, {@code provider-2}, …
 */
public final class RecordingSmsSender implements SendSmsPort {

    private final Deque<Supplier<SendResult>> script = new ArrayDeque<>();
    private final List<SmsMessage> received = new ArrayList<>();
    private int accepted;

    public RecordingSmsSender thenAnswer(SendResult result) {
        script.add(() -> result);
        return this;
    }

    public RecordingSmsSender thenThrow(RuntimeException failure) {
        script.add(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public SendResult send(SmsMessage message) {
        received.add(message);
        var next = script.poll();
        return next != null ? next.get() : new SendResult.Accepted("provider-" + ++accepted);
    }

    public List<SmsMessage> received() {
        return List.copyOf(received);
    }
}

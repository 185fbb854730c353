package ch.opsfabric.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.opsfabric.application.port.in.CallCommand;
import ch.opsfabric.application.port.out.CallOutcome;
import ch.opsfabric.application.port.out.ReportedStatus;
import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.domain.InvalidValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The commands the provider adapters hand in speak no provider's language: a refusal names the
 * neutral field, and the adapter that knows the provider renames it for its caller.
 */
class ValidatingProviderNeutralCommandsTest {

    @Test
    void a_call_without_an_id_is_refused_naming_callId() {
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> new CallCommand(" ", "+41791234567", "+41435000001", CallOutcome.MISSED, ReportedStatus.NONE));

        assertThat(refused.field()).isEqualTo("callId");
    }

    @Test
    void a_call_to_no_number_is_refused_naming_to() {
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> new CallCommand("call-1", "+41791234567", "hello", CallOutcome.MISSED, ReportedStatus.NONE));

        assertThat(refused.field()).isEqualTo("to");
        assertThat(refused.reason()).isEqualTo("is not a telephone number: hello");
    }

    @Test
    void a_call_keeps_the_providers_words_only_for_the_record() {
        var call = new CallCommand("call-1", "anonymous", "+41435000001", CallOutcome.OTHER, null);

        assertThat(call.reported()).isEqualTo(ReportedStatus.NONE);
        assertThat(call.calledNumber().e164()).isEqualTo("+41435000001");
    }

    @Test
    void a_message_without_an_id_is_refused_naming_messageId() {
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> new ReplyCommand(null, "+41791234567", "+41435000001", "1", 0));

        assertThat(refused.field()).isEqualTo("messageId");
    }

    @Test
    void a_message_with_too_many_pictures_is_refused_naming_mediaCount() {
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> new ReplyCommand("m-1", "+41791234567", "+41435000001", "1", 101));

        assertThat(refused.field()).isEqualTo("mediaCount");
    }

    @Test
    void a_delivery_report_without_the_providers_id_is_refused_naming_providerId() {
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> new DeliveryReport("", Optional.of(DeliveryReport.State.DELIVERED), null));

        assertThat(refused.field()).isEqualTo("providerId");
    }
}

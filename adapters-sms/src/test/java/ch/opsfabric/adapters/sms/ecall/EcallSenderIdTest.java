package ch.opsfabric.adapters.sms.ecall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ECALL_SENDER_ID} as a business writes its number is taken in the numeric form eCall shows. */
class EcallSenderIdTest {

    private static EcallSettings withSender(String senderId) {
        return new EcallSettings("user", "password", null, senderId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+41435553001", "+41 43 555 30 01", "0041435553001"})
    void a_swiss_number_in_any_usual_form_becomes_ecalls_numeric_sender(String senderId) {
        assertThat(withSender(senderId).sender()).contains("0041435553001");
    }

    @Test
    void a_brand_name_is_kept_as_it_is() {
        assertThat(withSender("Doerfler").sender()).contains("Doerfler");
    }

    @Test
    void a_number_too_long_for_ecall_still_stops_the_start() {
        assertThatThrownBy(() -> withSender("+41 43 555 30 01 99 88 77"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ECALL_SENDER_ID");
    }
}

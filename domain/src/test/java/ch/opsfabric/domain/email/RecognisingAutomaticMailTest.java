package ch.opsfabric.domain.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/domain-rules.md, E-mail intake: mail written by machines is dropped, never answered. */
class RecognisingAutomaticMailTest {

    private static final String PERSON = "anna.muster@example.ch";

    @ParameterizedTest
    @ValueSource(strings = {"auto-replied", "auto-generated", "Auto-Replied; owner-email=\"anna@example.ch\""})
    void an_auto_submitted_email_is_automatic(String value) {
        assertThat(AutomaticMail.isAutomatic(PERSON, Map.of("Auto-Submitted", value))).isTrue();
    }

    @Test
    void auto_submitted_no_is_a_person_writing() {
        assertThat(AutomaticMail.isAutomatic(PERSON, Map.of("auto-submitted", "no"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Autoreply", "X-Autorespond", "x-failed-recipients"})
    void an_autoreply_marker_makes_it_automatic(String header) {
        assertThat(AutomaticMail.isAutomatic(PERSON, Map.of(header, "yes"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"bulk, true", "junk, true", "list, true", "auto_reply, true", "first-class, false"})
    void bulk_precedence_makes_it_automatic(String precedence, boolean automatic) {
        assertThat(AutomaticMail.isAutomatic(PERSON, Map.of("Precedence", precedence))).isEqualTo(automatic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAILER-DAEMON@mx.example.ch", "postmaster@example.ch"})
    void a_bounce_from_the_mail_system_is_automatic(String from) {
        assertThat(AutomaticMail.isAutomatic(from, Map.of())).isTrue();
    }

    @Test
    void a_delivery_report_is_a_bounce() {
        assertThat(AutomaticMail.isAutomatic(PERSON,
                Map.of("Content-Type", "multipart/report; report-type=delivery-status; boundary=x"))).isTrue();
        assertThat(AutomaticMail.isAutomatic(PERSON, Map.of("Return-Path", "<>"))).isTrue();
    }

    @Test
    void an_ordinary_email_is_a_person_writing() {
        assertThat(AutomaticMail.isAutomatic(PERSON, Map.of("Content-Type", "text/plain; charset=UTF-8",
                "Return-Path", "<anna.muster@example.ch>", "X-Spam-Status", "No"))).isFalse();
    }
}

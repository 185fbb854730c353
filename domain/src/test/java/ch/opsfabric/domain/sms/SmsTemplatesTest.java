package ch.opsfabric.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsTemplatesTest {

    private static final String BUSINESS = "Dörfler AG";
    private static final String SLA = "morgen 08:30";
    private static final String WIZARD_LINK = "https://doerfler.opsfabric.ch/anfrage?ref=missed_call&phone=%2B41791234567";
    private static final String CALLBACK_NUMBER = "044 123 45 67";
    private static final String EMERGENCY_LINE = "\nBei Lebensgefahr sofort Notruf 112, 118 oder 144 wählen.";

    @Nested
    class Texts {

        @Test
        void the_wizard_confirmation_thanks_by_name_and_promises_the_sla() {
            assertThat(SmsTemplates.wizardConfirmation("Anna Muster", SLA, false).body())
                    .isEqualTo("Danke Anna Muster, Ihre Anfrage ist eingegangen. Wir melden uns bis morgen 08:30.");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void a_wizard_confirmation_without_a_contact_name_thanks_without_one(String contactName) {
            assertThat(SmsTemplates.wizardConfirmation(contactName, SLA, false).body())
                    .isEqualTo("Danke, Ihre Anfrage ist eingegangen. Wir melden uns bis morgen 08:30.");
        }

        @Test
        void the_reply_1_confirmation_says_urgent_and_carries_the_emergency_hint() {
            assertThat(SmsTemplates.urgentReplyConfirmation(BUSINESS).body())
                    .isEqualTo("Verstanden - dringend. Dörfler AG meldet sich schnellstmöglich." + EMERGENCY_LINE);
        }

        @Test
        void the_reply_2_confirmation_promises_a_call_back_within_the_sla() {
            assertThat(SmsTemplates.callbackReplyConfirmation(BUSINESS, "heute 14:30", false).body())
                    .isEqualTo("Rückruf ist notiert. Dörfler AG ruft Sie bis heute 14:30 zurück.");
        }

        @Test
        void the_reply_3_answer_carries_the_wizard_link() {
            assertThat(SmsTemplates.wizardLink(WIZARD_LINK).body())
                    .isEqualTo("Hier können Sie Ihre Anfrage mit Foto senden: " + WIZARD_LINK);
        }

        @Test
        void the_free_text_confirmation_promises_an_answer_within_the_sla() {
            assertThat(SmsTemplates.freeTextConfirmation(BUSINESS, "Mo 08:30", false).body())
                    .isEqualTo("Danke, Ihre Nachricht ist eingegangen. Dörfler AG meldet sich bis Mo 08:30.");
        }

        @Test
        void the_appointment_confirmation_names_business_and_date() {
            assertThat(SmsTemplates.appointmentConfirmation(BUSINESS, "Di 14.04., 09:00 Uhr").body())
                    .isEqualTo("Ihr Termin bei Dörfler AG: Di 14.04., 09:00 Uhr.");
        }

        @Test
        void the_missed_call_sms_offers_options_1_2_3_and_the_call_back_number() {
            assertThat(SmsTemplates.missedCall(BUSINESS, CALLBACK_NUMBER).body()).isEqualTo("""
                    Danke für Ihren Anruf bei Dörfler AG.
                    Wir sind gerade im Einsatz.
                    Antworten Sie mit:
                    1 = Dringend / Notfall
                    2 = Rückruf gewünscht
                    3 = Anfrage mit Details senden
                    Oder rufen Sie nochmals an: 044 123 45 67""");
        }

        @Test
        void the_weekend_missed_call_sms_says_the_business_is_back_on_monday() {
            assertThat(SmsTemplates.missedCallOnWeekend(BUSINESS, CALLBACK_NUMBER).body()).isEqualTo("""
                    Danke für Ihren Anruf bei Dörfler AG.
                    Wir sind ab Montag wieder für Sie da.
                    Antworten Sie mit:
                    1 = Dringend / Notfall
                    2 = Rückruf gewünscht
                    3 = Anfrage mit Details senden
                    Oder rufen Sie nochmals an: 044 123 45 67""");
        }

        @Test
        void the_opt_out_confirmation_says_no_further_sms_come_and_how_to_restart() {
            assertThat(SmsTemplates.optOutConfirmation(BUSINESS).body())
                    .isEqualTo("Abgemeldet: Sie erhalten keine weiteren SMS von Dörfler AG. Mit START melden Sie sich wieder an.");
        }

        @Test
        void the_opt_in_confirmation_says_sms_come_again_and_how_to_stop() {
            assertThat(SmsTemplates.optInConfirmation(BUSINESS).body())
                    .isEqualTo("Angemeldet: Sie erhalten wieder SMS von Dörfler AG. Mit STOP melden Sie sich ab.");
        }

        @Test
        void the_review_request_asks_for_a_rating_and_tells_how_to_opt_out() {
            assertThat(SmsTemplates.reviewRequest(BUSINESS, "https://app.opsfabric.ch/r/k3Jd9sQ").body())
                    .isEqualTo("Danke für Ihren Auftrag bei Dörfler AG. Wenn Sie 30 Sekunden haben, freuen wir uns"
                            + " über eine Bewertung: https://app.opsfabric.ch/r/k3Jd9sQ\nKeine SMS mehr? Antworten Sie STOP.");
        }

        @Test
        void inputs_are_stripped_and_normalised_like_any_sms_text() {
            assertThat(SmsTemplates.appointmentConfirmation("  Müller – Sanitär ", "Di 14.04.\u00A009:00").body())
                    .isEqualTo("Ihr Termin bei Müller - Sanitär: Di 14.04. 09:00.");
        }
    }

    @Nested
    class EmergencyHint {

        static Stream<Arguments> confirmationsWithUrgency() {
            return Stream.of(
                    Arguments.of("wizard", (Function<Boolean, SmsText>) urgent -> SmsTemplates.wizardConfirmation("Anna", SLA, urgent)),
                    Arguments.of("reply 2", (Function<Boolean, SmsText>) urgent -> SmsTemplates.callbackReplyConfirmation(BUSINESS, SLA, urgent)),
                    Arguments.of("free text", (Function<Boolean, SmsText>) urgent -> SmsTemplates.freeTextConfirmation(BUSINESS, SLA, urgent)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("confirmationsWithUrgency")
        void a_confirmation_for_an_urgent_ticket_ends_with_the_emergency_hint(String trigger, Function<Boolean, SmsText> confirmation) {
            assertThat(confirmation.apply(true).body()).endsWith(EMERGENCY_LINE);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("confirmationsWithUrgency")
        void a_confirmation_for_a_normal_ticket_has_no_emergency_hint(String trigger, Function<Boolean, SmsText> confirmation) {
            assertThat(confirmation.apply(false).body()).doesNotContain("Lebensgefahr").doesNotContain("112");
        }

        @Test
        void an_urgent_wizard_confirmation_is_the_normal_one_plus_the_emergency_line() {
            assertThat(SmsTemplates.wizardConfirmation("Anna", SLA, true).body())
                    .isEqualTo(SmsTemplates.wizardConfirmation("Anna", SLA, false).body() + EMERGENCY_LINE);
        }
    }

    @Nested
    class Length {

        private static final String FORTY_CHARACTER_NAME = "Sanitär- und Heizungstechnik Muster GmbH";

        static Stream<Arguments> missedCallVariants() {
            return Stream.of(
                    Arguments.of("weekday", (BiFunction<String, String, SmsText>) SmsTemplates::missedCall),
                    Arguments.of("weekend", (BiFunction<String, String, SmsText>) SmsTemplates::missedCallOnWeekend));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("missedCallVariants")
        void the_missed_call_sms_of_a_40_character_business_name_fits_two_segments(
                String variant, BiFunction<String, String, SmsText> missedCall) {
            SmsText text = missedCall.apply(FORTY_CHARACTER_NAME, CALLBACK_NUMBER);

            assertThat(FORTY_CHARACTER_NAME).hasSize(40);
            assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
            assertThat(text.segments()).isLessThanOrEqualTo(2);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("missedCallVariants")
        void the_missed_call_sms_of_a_100_character_business_name_with_an_international_number_fits_two_segments(
                String variant, BiFunction<String, String, SmsText> missedCall) {
            String name = "Gebäudetechnik ".repeat(6) + "Bauer GmbH";

            assertThat(name).hasSize(100);
            assertThat(missedCall.apply(name, "+41 44 123 45 67").segments()).isEqualTo(2);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("missedCallVariants")
        void a_business_name_with_a_letter_outside_gsm_7_makes_the_missed_call_sms_take_4_segments(
                String variant, BiFunction<String, String, SmsText> missedCall) {
            SmsText text = missedCall.apply("Maçonnerie Dupont SA", CALLBACK_NUMBER);

            assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
            assertThat(text.segments()).isEqualTo(4);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("missedCallVariants")
        void the_missed_call_sms_ends_with_the_call_back_number(String variant, BiFunction<String, String, SmsText> missedCall) {
            assertThat(missedCall.apply(BUSINESS, CALLBACK_NUMBER).body()).endsWith(": " + CALLBACK_NUMBER);
        }

        @Test
        void every_confirmation_for_a_typical_tenant_fits_one_gsm_7_segment() {
            List<SmsText> confirmations = Arrays.asList(
                    SmsTemplates.wizardConfirmation("Anna Muster", SLA, true),
                    SmsTemplates.urgentReplyConfirmation(BUSINESS),
                    SmsTemplates.callbackReplyConfirmation(BUSINESS, SLA, true),
                    SmsTemplates.wizardLink(WIZARD_LINK),
                    SmsTemplates.freeTextConfirmation(BUSINESS, SLA, true),
                    SmsTemplates.appointmentConfirmation(BUSINESS, "Di 14.04., 09:00 Uhr"),
                    SmsTemplates.optOutConfirmation(BUSINESS),
                    SmsTemplates.optInConfirmation(BUSINESS));

            assertThat(confirmations).allSatisfy(text -> {
                assertThat(text.encoding()).as(text.body()).isEqualTo(SmsEncoding.GSM_7);
                assertThat(text.segments()).as(text.body()).isEqualTo(1);
            });
        }
    }

    @Nested
    class Validation {

        static Stream<Arguments> templatesNeedingABusinessName() {
            return Stream.<Arguments>of(
                    Arguments.of("reply 1", (Function<String, SmsText>) SmsTemplates::urgentReplyConfirmation),
                    Arguments.of("reply 2", (Function<String, SmsText>) name -> SmsTemplates.callbackReplyConfirmation(name, SLA, false)),
                    Arguments.of("free text", (Function<String, SmsText>) name -> SmsTemplates.freeTextConfirmation(name, SLA, false)),
                    Arguments.of("appointment", (Function<String, SmsText>) name -> SmsTemplates.appointmentConfirmation(name, "Di 09:00")),
                    Arguments.of("missed call", (Function<String, SmsText>) name -> SmsTemplates.missedCall(name, CALLBACK_NUMBER)),
                    Arguments.of("missed call weekend", (Function<String, SmsText>) name -> SmsTemplates.missedCallOnWeekend(name, CALLBACK_NUMBER)),
                    Arguments.of("opt-out", (Function<String, SmsText>) SmsTemplates::optOutConfirmation),
                    Arguments.of("opt-in", (Function<String, SmsText>) SmsTemplates::optInConfirmation),
                    Arguments.of("review", (Function<String, SmsText>) name -> SmsTemplates.reviewRequest(name, WIZARD_LINK)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("templatesNeedingABusinessName")
        void a_blank_business_name_is_refused_naming_the_business_name(String template, Function<String, SmsText> render) {
            assertThatThrownBy(() -> render.apply("  "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("business name is required for the SMS text but was blank");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("templatesNeedingABusinessName")
        void a_missing_business_name_is_refused_naming_the_business_name(String template, Function<String, SmsText> render) {
            assertThatThrownBy(() -> render.apply(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("business name is required for the SMS text but was null");
        }

        @Test
        void a_blank_sla_text_is_refused() {
            assertThatThrownBy(() -> SmsTemplates.wizardConfirmation("Anna", " ", false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("SLA text is required for the SMS text but was blank");
        }

        @Test
        void a_blank_appointment_text_is_refused() {
            assertThatThrownBy(() -> SmsTemplates.appointmentConfirmation(BUSINESS, ""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("appointment date and time is required for the SMS text but was blank");
        }

        @ParameterizedTest
        @ValueSource(strings = {"doerfler.opsfabric.ch/anfrage", "ftp://doerfler.ch/anfrage", "https:/anfrage", "https:doerfler.ch",
                "https://", "https://exa mple.ch"})
        void a_wizard_link_that_is_not_an_absolute_web_address_is_refused(String link) {
            assertThatThrownBy(() -> SmsTemplates.wizardLink(link))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("wizard link must be an absolute http(s) URL but was: " + link);
        }

        @Test
        void a_review_link_that_is_not_an_absolute_web_address_is_refused() {
            assertThatThrownBy(() -> SmsTemplates.reviewRequest(BUSINESS, "r/k3Jd9sQ"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("review link must be an absolute http(s) URL but was: r/k3Jd9sQ");
        }

        @Test
        void a_call_back_number_with_letters_is_refused() {
            assertThatThrownBy(() -> SmsTemplates.missedCall(BUSINESS, "Dörfler AG"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("call-back number may hold only digits, spaces and + ( ) / . - but was: Dörfler AG");
        }

        @Test
        void a_blank_call_back_number_is_refused() {
            assertThatThrownBy(() -> SmsTemplates.missedCallOnWeekend(BUSINESS, " "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("call-back number is required for the SMS text but was blank");
        }
    }
}

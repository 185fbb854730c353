package ch.opsfabric.application.intake;

import static ch.opsfabric.application.fixtures.InquiryPost.aWizardPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.fixtures.InquiryPost;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/http-api.md: a {@code POST /api/ticket} body checks itself and names the field at fault. */
class ValidatingAnInquiryCommandTest {

    private static void assertRefused(ThrowingCallable building, String field) {
        assertThatThrownBy(building)
                .isInstanceOfSatisfying(InvalidValue.class, refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    @Test
    void the_fixture_post_is_valid() {
        assertThatCode(() -> aWizardPost().build()).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "consent {0}")
    @NullSource
    @ValueSource(booleans = false)
    void a_wizard_request_without_consent_is_refused_naming_consent(Boolean consent) {
        assertRefused(() -> aWizardPost().withConsent(consent).build(), "consent");
    }

    @Test
    void a_request_without_a_source_is_a_wizard_request_and_needs_consent() {
        assertRefused(() -> aWizardPost().withSource(null).withConsent(null).build(), "consent");
    }

    @Test
    void a_manual_entry_needs_no_consent() {
        assertThatCode(() -> aWizardPost().withSource("manual").withConsent(null).build()).doesNotThrowAnyException();
    }

    @Test
    void a_visit_id_is_optional_and_read_as_the_id_of_the_wizard_visit() {
        assertThat(aWizardPost().build().visit()).isEmpty();
        assertThat(aWizardPost().withVisitId(" ").build().visit()).isEmpty();
        assertThat(aWizardPost().withVisitId(" 0190a8c2-7d4e-7b1a-9c3f-2e5d6a7b8c9d ").build().visit())
                .contains(UUID.fromString("0190a8c2-7d4e-7b1a-9c3f-2e5d6a7b8c9d"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"visit-1", "0190a8c2", "0190a8c2-7d4e-7b1a-9c3f-2e5d6a7b8c9d-0"})
    void a_visit_id_that_is_not_an_id_is_refused_naming_visit_id(String visitId) {
        assertRefused(() -> aWizardPost().withVisitId(visitId).build(), "visit_id");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_customer_slug_is_refused_naming_customer_slug(String slug) {
        assertRefused(() -> aWizardPost().withCustomerSlug(slug).build(), "customer_slug");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "web", "sms_reply", "missed_call", "email"})
    void a_source_other_than_wizard_or_manual_is_refused_naming_source(String source) {
        assertRefused(() -> aWizardPost().withSource(source).build(), "source");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "URGENT", "medium", "2", "NORMAL"})
    void an_urgency_other_than_low_med_or_high_is_refused_naming_urgency(String urgency) {
        assertRefused(() -> aWizardPost().withUrgency(urgency).build(), "urgency");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"12", "hello", "+41 79", "079 123", "+41 79 123 45 67 89 00"})
    void a_contact_phone_that_is_no_telephone_number_is_refused_naming_contact_phone(String phone) {
        assertRefused(() -> aWizardPost().withContactPhone(phone).build(), "contact_phone");
    }

    @ParameterizedTest(name = "phone \"{0}\", e-mail \"{1}\"")
    @CsvSource(value = {"NULL, NULL", "'', ''", "'  ', '  '", "NULL, ''"}, nullValues = "NULL")
    void a_contact_with_neither_phone_nor_email_is_refused_naming_contact_phone(String phone, String email) {
        assertRefused(() -> aWizardPost().withContactPhone(phone).withContactEmail(email).build(), "contact_phone");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"anna", "anna@", "@doerfler.ch", "anna@localhost", "anna meier@example.ch",
            "anna@@example.ch"})
    void a_contact_email_that_is_no_email_address_is_refused_naming_contact_email(String email) {
        assertRefused(() -> aWizardPost().withContactEmail(email).build(), "contact_email");
    }

    @Test
    void a_contact_email_longer_than_254_characters_is_refused_naming_contact_email() {
        var email = "a".repeat(244) + "@example.ch";

        assertRefused(() -> aWizardPost().withContactEmail(email).build(), "contact_email");
    }

    static Stream<Arguments> textLimits() {
        return Stream.of(
                Arguments.of("intent", 100, (BiFunction<InquiryPost, String, InquiryPost>) InquiryPost::withIntent),
                Arguments.of("contact_name", 200, (BiFunction<InquiryPost, String, InquiryPost>) InquiryPost::withContactName),
                Arguments.of("summary", 5_000, (BiFunction<InquiryPost, String, InquiryPost>) InquiryPost::withSummary));
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @MethodSource("textLimits")
    void a_text_at_its_maximum_length_is_accepted(String field, int max, BiFunction<InquiryPost, String, InquiryPost> set) {
        assertThatCode(() -> set.apply(aWizardPost(), "x".repeat(max)).build()).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} of {1}+1 characters")
    @MethodSource("textLimits")
    void a_text_one_character_over_its_maximum_is_refused_naming_its_field(
            String field, int max, BiFunction<InquiryPost, String, InquiryPost> set) {
        assertRefused(() -> set.apply(aWizardPost(), "x".repeat(max + 1)).build(), field);
    }

    @Test
    void a_post_without_source_comes_from_the_wizard() {
        var command = aWizardPost().withSource(null).build();

        assertThat(command.ticketSource()).isEqualTo(TicketSource.WIZARD);
        assertThat(command.inquiry().source()).isEqualTo(TicketSource.WIZARD);
    }

    @Test
    void a_manual_post_is_a_manual_inquiry() {
        assertThat(aWizardPost().withSource("manual").build().inquiry().source()).isEqualTo(TicketSource.MANUAL);
    }

    @Test
    void a_post_without_urgency_is_of_medium_urgency() {
        assertThat(aWizardPost().withUrgency(null).build().inquiry().urgency()).isEqualTo(Urgency.MED);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"LOW, LOW", "MED, MED", "HIGH, HIGH"})
    void a_given_urgency_is_kept(String given, Urgency expected) {
        assertThat(aWizardPost().withUrgency(given).build().inquiry().urgency()).isEqualTo(expected);
    }

    @Test
    void metadata_with_null_values_is_accepted_and_kept() {
        var metadata = new HashMap<String, Object>();
        metadata.put("plz", "8004");
        metadata.put("etage", null);

        var inquiry = aWizardPost().withMetadata(metadata).build().inquiry();

        assertThat(inquiry.metadata()).containsEntry("plz", "8004").containsEntry("etage", null).hasSize(2);
    }

    @Test
    void missing_metadata_is_empty_metadata() {
        assertThat(aWizardPost().withMetadata(null).build().metadata()).isEqualTo(Map.of());
    }

    @Test
    void an_email_address_alone_is_enough_contact() {
        var inquiry = aWizardPost().withContactPhone(null).withContactEmail("anna.meier@example.ch").build().inquiry();

        assertThat(inquiry.contact().phone()).isEmpty();
        assertThat(inquiry.contact().email()).contains("anna.meier@example.ch");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"076 456 78 90", "+41 76 456 78 90", "0041764567890", "+41 (0)76 456 78 90"})
    void the_contact_phone_is_kept_in_its_e164_form(String phone) {
        var inquiry = aWizardPost().withContactPhone(phone).build().inquiry();

        assertThat(inquiry.contact().phone()).isEqualTo(Optional.of(new PhoneNumber("+41764567890")));
    }
}

package ch.opsfabric.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.in.DataSubject;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** docs/privacy.md, Data-subject requests: a request names its person by exactly one of number and address. */
class NamingADataSubjectTest {

    private static final UUID BUSINESS = new UUID(0, 7);

    @Test
    void a_number_in_any_swiss_spelling_is_the_same_person() {
        for (var spelling : new String[] {"079 555 12 34", "0041 79 555 12 34", "+41 (0)79 555 12 34"}) {
            assertThat(DataSubject.of(BUSINESS, spelling, null).phone())
                    .contains(new PhoneNumber("+41795551234"));
        }
    }

    @Test
    void neither_number_nor_address_is_refused_naming_phone() {
        assertThatThrownBy(() -> DataSubject.of(BUSINESS, null, " ")).isInstanceOfSatisfying(InvalidValue.class,
                invalid -> assertThat(invalid.field()).isEqualTo("phone"));
    }

    @Test
    void both_number_and_address_are_refused_naming_email() {
        assertThatThrownBy(() -> DataSubject.of(BUSINESS, "079 555 12 34", "erika@example.ch"))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("email"));
    }

    @Test
    void text_that_is_no_number_is_refused_naming_phone() {
        assertThatThrownBy(() -> DataSubject.of(BUSINESS, "hallo", null))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("phone"));
    }

    @Test
    void text_that_is_no_address_is_refused_naming_email() {
        assertThatThrownBy(() -> DataSubject.of(BUSINESS, null, "erika"))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("email"));
    }

    @Test
    void an_address_is_kept_as_given_without_surrounding_blanks() {
        assertThat(DataSubject.of(BUSINESS, "", " Erika@Example.ch ").email()).isEqualTo(Optional.of("Erika@Example.ch"));
    }
}

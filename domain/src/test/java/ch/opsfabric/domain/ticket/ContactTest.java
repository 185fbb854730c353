package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.TicketFixture.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blank_name_and_e_mail_count_as_missing(String blank) {
        var contact = Contact.of(blank, null, blank);

        assertThat(contact).isEqualTo(new Contact(Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void name_and_e_mail_are_stored_without_surrounding_spaces() {
        var contact = Contact.of("  Anna Meier ", null, " anna@example.ch\n");

        assertThat(contact).isEqualTo(Contact.of("Anna Meier", null, "anna@example.ch"));
    }

    @Test
    void a_later_contact_never_erases_what_was_known() {
        var known = Contact.of("Anna Meier", MOBILE, "anna@example.ch");

        var completed = known.completedBy(Contact.of("Hans Muster", new PhoneNumber("+41781112233"), "hans@example.ch"));

        assertThat(completed).isEqualTo(known);
    }
}

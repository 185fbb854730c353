package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Optional;

/** Who asked: any of name, phone and e-mail may be missing, blank text counts as missing. */
public record Contact(Optional<String> name, Optional<PhoneNumber> phone, Optional<String> email) {

    public Contact {
        name = present(name);
        phone = phone == null ? Optional.empty() : phone;
        email = present(email);
    }

    public static Contact of(String name, PhoneNumber phone, String email) {
        return new Contact(Optional.ofNullable(name), Optional.ofNullable(phone), Optional.ofNullable(email));
    }

    /** This contact, with blanks filled from the other one: a later message never erases what we knew. */
    public Contact completedBy(Contact other) {
        return new Contact(name.or(other::name), phone.or(other::phone), email.or(other::email));
    }

    private static Optional<String> present(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(String::strip).filter(value -> !value.isEmpty());
    }
}

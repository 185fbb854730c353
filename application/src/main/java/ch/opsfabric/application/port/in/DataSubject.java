package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Optional;
import java.util.UUID;

/**
 * The person a data-subject request is about, within one business: known by exactly one of a telephone
 * number (any spelling, held as E.164 like every stored number) or an e-mail address (compared without
 * regard to case).
 */
public record DataSubject(UUID customerId, Optional<PhoneNumber> phone, Optional<String> email) {

    public DataSubject {
        InvalidValue.require(customerId != null, "id", "is required");
        phone = phone == null ? Optional.empty() : phone;
        email = email == null ? Optional.empty() : email.map(String::strip).filter(text -> !text.isEmpty());
        InvalidValue.require(phone.isPresent() || email.isPresent(), "phone", "give phone or email");
        InvalidValue.require(phone.isEmpty() || email.isEmpty(), "email", "give phone or email, not both");
    }

    /** From the request's text, naming the parameter at fault. */
    public static DataSubject of(UUID customerId, String phone, String email) {
        var number = phone == null || phone.isBlank() ? Optional.<PhoneNumber>empty()
                : Optional.of(PhoneNumber.parse(phone)
                        .orElseThrow(() -> new InvalidValue("phone", "is not a telephone number")));
        if (email != null && !email.isBlank() && !email.contains("@")) {
            throw new InvalidValue("email", "is not an e-mail address");
        }
        return new DataSubject(customerId, number, Optional.ofNullable(email));
    }
}

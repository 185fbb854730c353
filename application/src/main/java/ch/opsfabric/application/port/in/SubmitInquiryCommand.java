package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.Maps;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A request typed into the wizard or entered by staff ({@code POST /api/ticket}), as it arrived
 * except that the telephone number, once found valid, is kept in its E.164 form (parsing it is
 * the costliest part of an intake, so it is done once). It checks itself on construction and
 * names the field at fault, so a use case never sees an invalid request.
 *
 * @param source  {@code wizard} or {@code manual}; other channels have their own entry points
 * @param urgency {@code LOW}, {@code MED} or {@code HIGH}; {@code MED} when absent
 * @param consent the customer agreed to be contacted (docs/domain-rules.md, Privacy); a wizard request needs it,
 * staff entering a
 *                ticket by hand do not, so null there
 * @param visitId the id {@code POST /api/wizard/visit} gave the wizard, or null; an id that names no visit of
 *                the business is counted nowhere, one that is not an id at all is refused
 */
public record SubmitInquiryCommand(String customerSlug, String source, String intent, String urgency,
                                   String contactName, String contactPhone, String contactEmail,
                                   String summary, Map<String, Object> metadata, Boolean consent, String visitId) {

    private static final Pattern UUID_TEXT =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    public SubmitInquiryCommand {
        require(customerSlug != null && !customerSlug.isBlank(), "customer_slug", "is required");
        require(source == null || "wizard".equals(source) || "manual".equals(source), "source",
                "must be wizard or manual");
        require(urgency == null || Urgency.valueOfOrNull(urgency.toUpperCase(Locale.ROOT)) != null, "urgency",
                "must be LOW, MED or HIGH");
        require(intent == null || intent.length() <= 100, "intent", "must be at most 100 characters");
        require(contactName == null || contactName.length() <= ContactFields.MAX_NAME_LENGTH, "contact_name",
                "must be at most " + ContactFields.MAX_NAME_LENGTH + " characters");
        require(summary == null || summary.length() <= ContactFields.MAX_SUMMARY_LENGTH, "summary",
                "must be at most " + ContactFields.MAX_SUMMARY_LENGTH + " characters");
        require(contactEmail == null || contactEmail.isBlank() || ContactFields.isEmailAddress(contactEmail),
                "contact_email", "must be an e-mail address");
        var phone = isBlank(contactPhone) ? Optional.<PhoneNumber>empty() : PhoneNumber.parse(contactPhone);
        if (!isBlank(contactPhone) && phone.isEmpty()) {
            throw new InvalidValue("contact_phone", "is not a telephone number: " + contactPhone);
        }
        require(!isBlank(contactPhone) || !isBlank(contactEmail), "contact_phone",
                "a telephone number or an e-mail address is required");
        visitId = isBlank(visitId) ? null : visitId.strip();
        require(visitId == null || UUID_TEXT.matcher(visitId).matches(), "visit_id",
                "must be the visit_id that POST /api/wizard/visit answered");
        // Checked last, so a request with a bad field is told about that field, not only about consent.
        // The parameter, not ticketSource(): the fields are not assigned yet inside the compact constructor.
        require("manual".equals(source) || Boolean.TRUE.equals(consent), "consent",
                "must be true: a wizard request is stored only with the customer's consent to be contacted");
        metadata = Maps.frozen(metadata);
        contactPhone = phone.map(PhoneNumber::e164).orElse(null);
    }

    /** The wizard visit this request came from, when the wizard named one. */
    public Optional<UUID> visit() {
        return Optional.ofNullable(visitId).map(UUID::fromString);
    }

    public TicketSource ticketSource() {
        return source == null ? TicketSource.WIZARD : TicketSource.fromCode(source);
    }

    public Inquiry inquiry() {
        var contact = new Contact(Optional.ofNullable(contactName),
                Optional.ofNullable(contactPhone).map(PhoneNumber::new), Optional.ofNullable(contactEmail));
        var level = urgency == null ? Urgency.MED : Urgency.valueOf(urgency.toUpperCase(Locale.ROOT));
        return new Inquiry(ticketSource(), intent, level, contact, summary, metadata);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A staff member's change to one ticket ({@code PATCH /api/tickets/{id}}), exactly as it arrived,
 * checked on construction with the field at fault named. Whether the change fits the ticket
 * (an allowed move, an appointment for a scheduled ticket) is decided against the stored ticket.
 *
 * @param status      the state to move to, by name
 * @param scheduledAt the appointment as an ISO-8601 instant; needed when the status becomes SCHEDULED
 * @param assignedTo  a staff member's id, or null for nobody; whether that is an active member of the business
 *                    is decided against the stored people
 * @param urgency     LOW, MED or HIGH, by name
 */
public record ChangeTicketCommand(UUID ticketId, Edit<String> status, Edit<String> scheduledAt,
                                  Edit<String> contactName, Edit<String> contactPhone, Edit<String> contactEmail,
                                  Edit<String> summary, Edit<String> assignedTo, Edit<String> urgency) {

    public ChangeTicketCommand {
        Objects.requireNonNull(ticketId, "ticketId");
        status = orKeep(status);
        scheduledAt = orKeep(scheduledAt);
        contactName = orKeep(contactName);
        contactPhone = orKeep(contactPhone);
        contactEmail = orKeep(contactEmail);
        summary = orKeep(summary);
        assignedTo = orKeep(assignedTo);
        urgency = orKeep(urgency);
        require(!(status instanceof Edit.Replace<String>(var value)) || value != null, "status", "must not be null");
        check(status, ChangeTicketCommand::parseStatus);
        require(!(scheduledAt instanceof Edit.Replace<String>(var value)) || value != null, "scheduled_at",
                "must not be null; move the ticket out of SCHEDULED to cancel an appointment");
        check(scheduledAt, ChangeTicketCommand::parseInstant);
        check(contactName, name -> require(name.length() <= ContactFields.MAX_NAME_LENGTH, "contact_name",
                "must be at most " + ContactFields.MAX_NAME_LENGTH + " characters"));
        check(contactPhone, ChangeTicketCommand::parsePhone);
        check(contactEmail, email -> require(email.isBlank() || ContactFields.isEmailAddress(email),
                "contact_email", "must be an e-mail address"));
        require(!(urgency instanceof Edit.Replace<String>(var value)) || value != null, "urgency", "must not be null");
        check(urgency, ChangeTicketCommand::parseUrgency);
        check(summary, text -> require(text.length() <= ContactFields.MAX_SUMMARY_LENGTH, "summary",
                "must be at most " + ContactFields.MAX_SUMMARY_LENGTH + " characters"));
        check(assignedTo, ChangeTicketCommand::parseStaffMemberId);
    }

    /** The assignee the change names (null: nobody); keep when it names none. */
    public Edit<UUID> assignee() {
        return assignedTo.map(ChangeTicketCommand::parseStaffMemberId);
    }

    private static UUID parseStaffMemberId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValue("assigned_to", "must be a staff member's id, or null for nobody: " + text);
        }
    }

    public Optional<TicketStatus> targetStatus() {
        return Optional.ofNullable(status.map(ChangeTicketCommand::parseStatus).appliedTo(null));
    }

    public Optional<Urgency> targetUrgency() {
        return Optional.ofNullable(urgency.map(ChangeTicketCommand::parseUrgency).appliedTo(null));
    }

    public Optional<Instant> appointment() {
        return Optional.ofNullable(scheduledAt.map(ChangeTicketCommand::parseInstant).appliedTo(null));
    }

    /** A blank phone clears it, like a JSON null. */
    public Edit<PhoneNumber> phone() {
        return contactPhone.map(ChangeTicketCommand::parsePhone);
    }

    public boolean changesContact() {
        return contactName.named() || contactPhone.named() || contactEmail.named();
    }

    private static TicketStatus parseStatus(String name) {
        try {
            return TicketStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValue("status", "must be one of " + Arrays.toString(TicketStatus.values()) + ": " + name);
        }
    }

    private static Urgency parseUrgency(String name) {
        var urgency = Urgency.valueOfOrNull(name.strip().toUpperCase(Locale.ROOT));
        if (urgency == null) {
            throw new InvalidValue("urgency", "must be one of " + Arrays.toString(Urgency.values()) + ": " + name);
        }
        return urgency;
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeException unreadable) {
            throw new InvalidValue("scheduled_at",
                    "must be an ISO-8601 instant with offset, such as 2026-11-25T13:00:00Z: " + text);
        }
    }

    private static PhoneNumber parsePhone(String text) {
        if (text.isBlank()) {
            return null;
        }
        return PhoneNumber.parse(text)
                .orElseThrow(() -> new InvalidValue("contact_phone", "is not a telephone number: " + text));
    }

    /** Applies a rule to a value the request names; a cleared field (null) needs none. */
    private static void check(Edit<String> edit, Consumer<String> rule) {
        if (edit instanceof Edit.Replace<String>(var value) && value != null) {
            rule.accept(value);
        }
    }

    private static <T> Edit<T> orKeep(Edit<T> edit) {
        return edit == null ? Edit.keep() : edit;
    }
}

package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.Maps;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The system of record for one customer request. Every change goes through this aggregate and
 * comes back with the audit event it causes, so a ticket's history is never out of step with its
 * state: status moves obey {@link TicketStatus}, entering {@code DONE} stamps
 * {@code jobCompletedAt}, and a same-day repeat from the same contact is absorbed rather than
 * opening a duplicate.
 *
 * <p>A {@code DONE} ticket always knows when the job was completed; a completion time, once
 * stamped, is kept. New tickets come from {@link #open}; stored ones come back through
 * {@link #reconstitute}, which also reads rows written before the completion time was stamped.
 *
 * @param dedupeKey      null when the contact has neither phone nor e-mail
 * @param slaDeadline    when the business promised to answer
 * @param jobCompletedAt null until the ticket first enters DONE
 */
public record Ticket(UUID id, UUID customerId, TicketSource source, TicketStatus status, String intent,
                     Urgency urgency, Contact contact, String summary, Map<String, Object> metadata,
                     DedupeKey dedupeKey, Instant createdAt, Instant updatedAt, Instant slaDeadline,
                     Instant jobCompletedAt) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (status == TicketStatus.DONE && jobCompletedAt == null) {
            throw new IllegalArgumentException("a DONE ticket knows when the job was completed: " + id);
        }
        summary = summary == null ? "" : summary;
        metadata = Maps.frozen(metadata);
    }

    /**
     * A ticket as storage holds it, checked like any other. A row marked {@code DONE} before the
     * completion time was stamped reads as completed at its last change, the moment the review
     * engine already counts from; saving it again keeps that time.
     */
    public static Ticket reconstitute(UUID id, UUID customerId, TicketSource source, TicketStatus status,
                                      String intent, Urgency urgency, Contact contact, String summary,
                                      Map<String, Object> metadata, DedupeKey dedupeKey, Instant createdAt,
                                      Instant updatedAt, Instant slaDeadline, Instant jobCompletedAt) {
        var completedAt = status == TicketStatus.DONE && jobCompletedAt == null ? updatedAt : jobCompletedAt;
        return new Ticket(id, customerId, source, status, intent, urgency, contact, summary, metadata, dedupeKey,
                createdAt, updatedAt, slaDeadline, completedAt);
    }

    /** A ticket opened from an inquiry; it starts {@code NEW} and its log starts with {@code created}. */
    public static Opened open(UUID id, UUID customerId, Inquiry inquiry, DedupeKey dedupeKey,
                              Instant now, Instant slaDeadline) {
        var ticket = new Ticket(id, customerId, inquiry.source(), TicketStatus.NEW, inquiry.intent(),
                inquiry.urgency(), inquiry.contact(), inquiry.summary(), inquiry.metadata(), dedupeKey,
                now, now, slaDeadline, null);
        var event = new TicketEvent(id, EventType.CREATED, null, TicketStatus.NEW.name(),
                Map.of("source", inquiry.source().code(), "urgency", inquiry.urgency().name()), now);
        return new Opened(ticket, event);
    }

    public record Opened(Ticket ticket, TicketEvent event) {
    }

    /**
     * Folds a same-day repeat into this open ticket: urgency only ever rises, the new text is
     * appended, metadata is merged (the newer value wins per key) and known contact details are kept.
     * A repeat that gives another name for the same number (a household sharing a phone) keeps the
     * ticket's contact, and its text is appended under that name, so staff see who asked what; the
     * event records the name too.
     */
    public Absorbed absorb(Inquiry inquiry, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("a " + status + " ticket absorbs nothing: " + id);
        }
        var mergedMetadata = new LinkedHashMap<>(metadata);
        mergedMetadata.putAll(inquiry.metadata());
        var otherName = inquiry.contact().name().filter(name -> contact.name().isPresent()
                && !contact.name().get().equalsIgnoreCase(name));
        var addition = otherName.map(name -> inquiry.summary().isEmpty() ? name : name + ": " + inquiry.summary())
                .orElse(inquiry.summary());
        var absorbed = withIntent(intent == null ? inquiry.intent() : intent)
                .withUrgency(urgency.atLeast(inquiry.urgency()))
                .withContact(contact.completedBy(inquiry.contact()), dedupeKey)
                .withSummary(appended(summary, addition))
                .withMetadata(mergedMetadata)
                .changedAt(now);
        var eventMetadata = new LinkedHashMap<String, Object>();
        eventMetadata.put("source", inquiry.source().code());
        otherName.ifPresent(name -> eventMetadata.put("contact_name", name));
        var event = new TicketEvent(id, EventType.DEDUPE_MERGED, urgency.name(), absorbed.urgency.name(),
                eventMetadata, now);
        return new Absorbed(absorbed, event, absorbed.urgency == Urgency.HIGH && urgency != Urgency.HIGH);
    }

    /** @param raisedToHigh whether this repeat made the ticket urgent, which routes it again */
    public record Absorbed(Ticket ticket, TicketEvent event, boolean raisedToHigh) {
    }

    /** Moves the ticket along its lifecycle; see {@link TicketStatus} for the allowed moves. */
    public StatusChange moveTo(TicketStatus target, Instant now) {
        Objects.requireNonNull(target, "target");
        if (target == status) {
            return new StatusChange.Unchanged(this);
        }
        if (!status.canMoveTo(target)) {
            return new StatusChange.Refused(status, target, status.allowedNext());
        }
        var completedAt = target == TicketStatus.DONE && jobCompletedAt == null ? now : jobCompletedAt;
        var moved = withStatus(target, completedAt).changedAt(now);
        return new StatusChange.Moved(moved,
                TicketEvent.of(id, EventType.STATUS_CHANGED, status.name(), target.name(), now));
    }

    /**
     * Staff correct the contact details: every field that really changes comes back with a
     * {@code contact_changed} event naming it, so the history shows who was reachable how and when.
     * The dedupe key follows the contact (same day, new phone or e-mail), so a later request from
     * the corrected number joins this ticket and one from the old number does not. A correction may
     * not leave the ticket without a way to reach the customer.
     *
     * @param zone the tenant's time zone, which the key's day is counted in
     */
    public Edited correctContact(Contact corrected, ZoneId zone, Instant now) {
        Objects.requireNonNull(corrected, "corrected");
        if (corrected.phone().isEmpty() && corrected.email().isEmpty()) {
            throw new InvalidValue("contact_phone", "a ticket keeps a telephone number or an e-mail address");
        }
        var events = new ArrayList<TicketEvent>();
        noteChange(events, "contact_name", contact.name().orElse(null), corrected.name().orElse(null), now);
        noteChange(events, "contact_phone", contact.phone().map(PhoneNumber::e164).orElse(null),
                corrected.phone().map(PhoneNumber::e164).orElse(null), now);
        noteChange(events, "contact_email", contact.email().orElse(null), corrected.email().orElse(null), now);
        if (events.isEmpty()) {
            return new Edited(this, List.of());
        }
        var movedKey = DedupeKey.of(customerId, corrected, createdAt, zone).orElseThrow();
        return new Edited(withContact(corrected, movedKey).changedAt(now), events);
    }

    /** Staff rewrite the summary; the event keeps the old text, so nothing the customer wrote is lost. */
    public Edited correctSummary(String corrected, Instant now) {
        var text = corrected == null ? "" : corrected.strip();
        if (text.equals(summary)) {
            return new Edited(this, List.of());
        }
        return new Edited(withSummary(text).changedAt(now),
                List.of(TicketEvent.of(id, EventType.SUMMARY_CHANGED, summary, text, now)));
    }

    /**
     * Staff judge how urgent the request is, either way; the event keeps the old urgency. A ticket
     * they make urgent is told to the business's alert phone like any other.
     */
    public Edited changeUrgency(Urgency changed, Instant now) {
        Objects.requireNonNull(changed, "changed");
        if (changed == urgency) {
            return new Edited(this, List.of());
        }
        return new Edited(withUrgency(changed).changedAt(now),
                List.of(TicketEvent.of(id, EventType.URGENCY_CHANGED, urgency.name(), changed.name(), now)));
    }

    /** @param events empty when the correction changed nothing, which then leaves no trace */
    public record Edited(Ticket ticket, List<TicketEvent> events) {

        public Edited {
            events = List.copyOf(events);
        }
    }

    public Optional<DedupeKey> dedupe() {
        return Optional.ofNullable(dedupeKey);
    }

    private void noteChange(List<TicketEvent> events, String field, String before, String after, Instant now) {
        if (!Objects.equals(before, after)) {
            events.add(new TicketEvent(id, EventType.CONTACT_CHANGED, before, after, Map.of("field", field), now));
        }
    }

    // One copy per changing part, so each change above names only what it changes.

    private Ticket withStatus(TicketStatus newStatus, Instant completedAt) {
        return new Ticket(id, customerId, source, newStatus, intent, urgency, contact, summary, metadata, dedupeKey,
                createdAt, updatedAt, slaDeadline, completedAt);
    }

    private Ticket withIntent(String newIntent) {
        return new Ticket(id, customerId, source, status, newIntent, urgency, contact, summary, metadata, dedupeKey,
                createdAt, updatedAt, slaDeadline, jobCompletedAt);
    }

    private Ticket withUrgency(Urgency newUrgency) {
        return new Ticket(id, customerId, source, status, intent, newUrgency, contact, summary, metadata, dedupeKey,
                createdAt, updatedAt, slaDeadline, jobCompletedAt);
    }

    /** The dedupe key travels with the contact it is derived from. */
    private Ticket withContact(Contact newContact, DedupeKey newKey) {
        return new Ticket(id, customerId, source, status, intent, urgency, newContact, summary, metadata, newKey,
                createdAt, updatedAt, slaDeadline, jobCompletedAt);
    }

    private Ticket withSummary(String newSummary) {
        return new Ticket(id, customerId, source, status, intent, urgency, contact, newSummary, metadata, dedupeKey,
                createdAt, updatedAt, slaDeadline, jobCompletedAt);
    }

    private Ticket withMetadata(Map<String, Object> newMetadata) {
        return new Ticket(id, customerId, source, status, intent, urgency, contact, summary, newMetadata, dedupeKey,
                createdAt, updatedAt, slaDeadline, jobCompletedAt);
    }

    private Ticket changedAt(Instant now) {
        return new Ticket(id, customerId, source, status, intent, urgency, contact, summary, metadata, dedupeKey,
                createdAt, now, slaDeadline, jobCompletedAt);
    }

    /** Adds the new text on a line of its own, unless that exact line is already there. */
    private static String appended(String existing, String addition) {
        if (addition.isEmpty() || existing.lines().anyMatch(addition::equals)) {
            return existing;
        }
        return existing.isEmpty() ? addition : existing + "\n" + addition;
    }
}

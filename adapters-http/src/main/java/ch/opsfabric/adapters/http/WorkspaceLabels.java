package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.util.Map;
import java.util.UUID;

/** The German words the staff workspace shows for the codes of a ticket. */
final class WorkspaceLabels {

    static final Map<TicketStatus, String> STATUS = Map.of(
            TicketStatus.NEW, "Neu", TicketStatus.NEEDS_CALLBACK, "Rückruf nötig",
            TicketStatus.SCHEDULED, "Termin vereinbart", TicketStatus.IN_PROGRESS, "In Arbeit",
            TicketStatus.DONE, "Erledigt", TicketStatus.CLOSED, "Geschlossen");
    static final Map<Urgency, String> URGENCY = Map.of(Urgency.LOW, "Niedrig", Urgency.MED, "Mittel",
            Urgency.HIGH, "Hoch");
    static final Map<TicketSource, String> SOURCE = Map.of(
            TicketSource.WIZARD, "Formular", TicketSource.MISSED_CALL, "Verpasster Anruf",
            TicketSource.SMS_REPLY, "SMS-Antwort", TicketSource.WHATSAPP, "WhatsApp",
            TicketSource.EMAIL, "E-Mail", TicketSource.MANUAL, "Von Hand");
    private static final Map<EventType, String> EVENT = Map.ofEntries(
            Map.entry(EventType.CREATED, "Ticket eröffnet"),
            Map.entry(EventType.STATUS_CHANGED, "Status geändert"),
            Map.entry(EventType.DEDUPE_MERGED, "Weitere Anfrage desselben Kontakts"),
            Map.entry(EventType.SMS_SENT, "SMS gesendet"),
            Map.entry(EventType.SMS_RECEIVED, "SMS erhalten"),
            Map.entry(EventType.SMS_FAILED, "SMS fehlgeschlagen"),
            Map.entry(EventType.SMS_SUPERSEDED, "SMS nicht mehr gesendet"),
            Map.entry(EventType.SMS_REFUSED, "SMS abgelehnt"),
            Map.entry(EventType.REVIEW_REQUESTED, "Bewertung angefragt"),
            Map.entry(EventType.REVIEW_CLICKED, "Bewertungslink geöffnet"),
            Map.entry(EventType.ESCALATED, "Erinnerung: Frist überschritten"),
            Map.entry(EventType.CONTACT_CHANGED, "Kontakt geändert"),
            Map.entry(EventType.SUMMARY_CHANGED, "Beschreibung geändert"),
            Map.entry(EventType.APPOINTMENT_CHANGED, "Termin festgelegt"),
            Map.entry(EventType.URGENCY_CHANGED, "Dringlichkeit geändert"),
            Map.entry(EventType.ASSIGNMENT_CHANGED, "Zuweisung geändert"),
            Map.entry(EventType.NOTE_ADDED, "Interne Notiz"),
            Map.entry(EventType.MESSAGE_SENT, "Nachricht an die Kundschaft"),
            Map.entry(EventType.MESSAGE_RECEIVED, "Antwort der Kundschaft"),
            Map.entry(EventType.SLA_WARNING, "Warnung: Frist läuft bald ab"));

    private WorkspaceLabels() {
    }

    static String event(EventType type) {
        return EVENT.getOrDefault(type, type.code());
    }

    /** Who did it, by name where the business knows the person. */
    static String actor(Actor actor, Map<UUID, StaffMember> people) {
        return switch (actor.kind()) {
            case STAFF -> staffName(actor.reference(), people);
            case TOKEN -> "Schnittstelle «" + actor.reference() + "»";
            case CUSTOMER -> "Kundschaft";
            case SYSTEM -> "OpsFabric";
        };
    }

    static String staffName(String id, Map<UUID, StaffMember> people) {
        try {
            var member = people.get(UUID.fromString(id));
            return member == null ? "Ehemalige Person" : member.name();
        } catch (IllegalArgumentException notAnId) {
            return id;
        }
    }
}

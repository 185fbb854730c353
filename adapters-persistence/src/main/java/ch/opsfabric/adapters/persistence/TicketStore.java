package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.port.out.OverdueTicketsPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketReferencePort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.domain.email.TicketReference;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@code tickets} and {@code ticket_events}; the partial unique index on {@code dedupe_key} does the deduping. */
@Singleton
class TicketStore implements TicketStorePort, TicketEventPort, OverdueTicketsPort, TicketReferencePort {

    static final String COLUMNS = """
            id, customer_id, source, status, intent, urgency, contact_phone, contact_email, contact_name, summary,
            metadata, dedupe_key, created_at, updated_at, sla_deadline, job_completed_at""";

    /** Work still to do; the predicate of the unique index {@code tickets_one_open_per_dedupe_key}. */
    private static final String OPEN = "status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS')";

    private final Sql sql;
    private final JsonColumns json;
    private final Sql.Insert<NewTicket> insertTickets = new Sql.Insert<>(
            "INSERT INTO tickets (" + COLUMNS + ", consent_version, consented_at)",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?)", this::values);

    TicketStore(Sql sql, JsonColumns json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<Ticket> lockOpenByDedupeKey(DedupeKey key) {
        return sql.one("SELECT " + COLUMNS + " FROM tickets WHERE dedupe_key = ? AND " + OPEN + " FOR UPDATE",
                this::ticket, key.value());
    }

    /** The reference is the id's first 12 hex digits: a range of the primary key. */
    @Override
    public Optional<Ticket> lockOpenByReference(UUID customerId, TicketReference reference) {
        var prefix = reference.idPrefix();
        return sql.one("SELECT " + COLUMNS + " FROM tickets WHERE customer_id = ? AND id BETWEEN ?::uuid AND ?::uuid "
                        + "AND " + OPEN + " ORDER BY created_at DESC LIMIT 1 FOR UPDATE",
                this::ticket, customerId, prefix + "-0000-0000-000000000000", prefix + "-ffff-ffff-ffffffffffff");
    }

    @Override
    public Optional<UUID> findOpenByDedupeKey(DedupeKey key) {
        return sql.one("SELECT id FROM tickets WHERE dedupe_key = ? AND " + OPEN,
                row -> row.getObject("id", UUID.class), key.value());
    }

    @Override
    public boolean insertUnlessDuplicate(Ticket ticket, Optional<ConsentVersion> consent) {
        return !insertAllUnlessDuplicate(List.of(new NewTicket(ticket, consent))).isEmpty();
    }

    /**
     * One statement for all. The rows go in the order of their dedupe keys, so that two transactions inserting
     * some of the same keys wait for one another rather than each holding a key the other needs.
     */
    @Override
    public Set<UUID> insertAllUnlessDuplicate(List<NewTicket> tickets) {
        if (tickets.isEmpty()) {
            return Set.of();
        }
        var inKeyOrder = tickets.stream()
                .sorted(Comparator.comparing(opened -> opened.ticket().dedupe().map(DedupeKey::value).orElse("")))
                .toList();
        return Set.copyOf(sql.list(insertTickets.sql(tickets.size()) + " ON CONFLICT (dedupe_key) WHERE " + OPEN
                + " DO NOTHING RETURNING id", row -> row.getObject("id", UUID.class), insertTickets.values(inKeyOrder)));
    }

    private Object[] values(NewTicket opened) {
        var ticket = opened.ticket();
        var consent = opened.consent();
        var contact = ticket.contact();
        return new Object[] {ticket.id(), ticket.customerId(), ticket.source().code(), ticket.status().name(),
            ticket.intent(), ticket.urgency().name(), contact.phone().map(PhoneNumber::e164).orElse(null),
            contact.email().orElse(null), contact.name().orElse(null), ticket.summary(), json.write(ticket.metadata()),
            ticket.dedupe().map(DedupeKey::value).orElse(null), ticket.createdAt(), ticket.updatedAt(),
            ticket.slaDeadline(), ticket.jobCompletedAt(), consent.map(ConsentVersion::value).orElse(null),
            consent.isPresent() ? ticket.createdAt() : null};
    }

    @Override
    public void update(Ticket ticket) {
        var contact = ticket.contact();
        int updated;
        try {
            updated = sql.update("""
                            UPDATE tickets SET status = ?, intent = ?, urgency = ?, contact_phone = ?, contact_email = ?,
                                contact_name = ?, summary = ?, metadata = CAST(? AS jsonb), dedupe_key = ?,
                                updated_at = ?, sla_deadline = ?, job_completed_at = ?
                            WHERE id = ? AND customer_id = ?""",
                    ticket.status().name(), ticket.intent(), ticket.urgency().name(),
                    contact.phone().map(PhoneNumber::e164).orElse(null), contact.email().orElse(null),
                    contact.name().orElse(null), ticket.summary(), json.write(ticket.metadata()),
                    ticket.dedupe().map(DedupeKey::value).orElse(null), ticket.updatedAt(), ticket.slaDeadline(),
                    ticket.jobCompletedAt(), ticket.id(), ticket.customerId());
        } catch (RuntimeException failure) {
            throw UniqueViolations.translate(failure, Map.of("tickets_one_open_per_dedupe_key",
                    DedupeKey.field(contact)));
        }
        if (updated != 1) {
            throw new IllegalStateException("ticket " + ticket.id() + " vanished while being updated");
        }
    }

    @Override
    public List<UUID> tenantsWithOverdue(Instant now) {
        return sql.list("SELECT DISTINCT customer_id FROM unreminded_ticket_owners WHERE sla_deadline <= ?",
                Sql.CUSTOMER_ID, now);
    }

    @Override
    public List<Ticket> claimOverdue(UUID customerId, Instant now, int limit) {
        return sql.list("UPDATE tickets SET escalated_at = ? "
                        + "WHERE id IN (SELECT id FROM tickets "
                        + "             WHERE customer_id = ? AND status = 'NEW' AND escalated_at IS NULL "
                        + "               AND sla_deadline <= ? "
                        + "             ORDER BY sla_deadline LIMIT ? FOR UPDATE SKIP LOCKED) "
                        + "RETURNING " + COLUMNS,
                this::ticket, now, customerId, now, limit);
    }

    @Override
    public void append(UUID customerId, TicketEvent event) {
        appendAll(customerId, List.of(event));
    }

    @Override
    public void appendAll(UUID customerId, List<TicketEvent> events) {
        sql.insertAllWithNext(new Sql.Insert<>("""
                        INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value,
                            metadata, created_at, actor)""",
                "(gen_random_uuid(), ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)",
                event -> new Object[] {customerId, event.ticketId(), event.type().code(), event.oldValue(),
                    event.newValue(), json.write(event.metadata()), event.at(), event.actor().code()}),
                events, "ticket events");
    }

    /**
     * The one mapping of a {@code tickets} row (its {@link #COLUMNS}) to the aggregate, through its
     * checked factory: a legacy row marked DONE without {@code job_completed_at} reads as completed
     * at its last update, as the review engine counts it.
     */
    Ticket ticket(ResultSet row) throws SQLException {
        var phone = row.getString("contact_phone");
        var contact = Contact.of(row.getString("contact_name"), phone == null ? null : new PhoneNumber(phone),
                row.getString("contact_email"));
        var key = row.getString("dedupe_key");
        return Ticket.reconstitute(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                TicketSource.fromCode(row.getString("source")), TicketStatus.valueOf(row.getString("status")),
                row.getString("intent"), Urgency.valueOf(row.getString("urgency")), contact, row.getString("summary"),
                json.read(row.getString("metadata")), key == null ? null : new DedupeKey(key),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"), Sql.instant(row, "sla_deadline"),
                Sql.instant(row, "job_completed_at"));
    }
}

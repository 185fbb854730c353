package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.AssigneeFilter;
import ch.opsfabric.application.port.out.SearchTerm;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketOrder;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.domain.ticket.TicketSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statement for one page of a tenant's ticket list. Pages by keyset, never by OFFSET:
 * {@code (created_at, id) < (last seen)} in the order of the index
 * {@code tickets_by_customer_newest_first}, so a deep page costs what the first one does and
 * inserts between requests move nothing. Every value from the request is a bound parameter.
 * A text search compares the stored folded name and summary ({@code contact_name_folded},
 * {@code summary_folded}: migration V13, no accents, lower case, ae/oe/ue as a/o/u) with the term folded
 * by the same function, so it is looked up in the tenant's trigram indexes of those columns
 * ({@code tickets_by_customer_folded_*_trigrams}); an expression of name or summary would read every
 * ticket. The list and the export share this statement.
 * The rows come from {@code current_tenant_tickets} (migration V10), the tenant's tickets without row
 * level security's ban on LIKE in index scans.
 */
final class TicketListSql {

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    private TicketListSql(String columns, UUID customerId) {
        sql = new StringBuilder("SELECT " + columns + " FROM current_tenant_tickets WHERE customer_id = ?");
        parameters.add(customerId);
    }

    /**
     * One page in the given order. By deadline, the list holds open tickets only (the filter's statuses say so)
     * and reads the index {@code tickets_open_by_deadline}; a ticket without a deadline has no place in it.
     */
    static TicketListSql page(String columns, UUID customerId, TicketFilter filter, TicketOrder order,
                              Optional<TicketPosition> after, int limit) {
        var query = filtered(columns, customerId, filter);
        if (order == TicketOrder.DEADLINE_FIRST) {
            query.and("sla_deadline IS NOT NULL");
            after.ifPresent(position -> query.and("(sla_deadline, id) > (?, ?)", position.at(), position.id()));
            query.sql.append(" ORDER BY sla_deadline, id LIMIT ?");
        } else {
            after.ifPresent(position -> query.and("(created_at, id) < (?, ?)", position.at(), position.id()));
            query.sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        }
        query.parameters.add(limit);
        return query;
    }

    /** Every matching ticket in the list's order, for an export that reads them with a cursor. */
    static TicketListSql all(String columns, UUID customerId, TicketFilter filter) {
        var query = filtered(columns, customerId, filter);
        query.sql.append(" ORDER BY created_at DESC, id DESC");
        return query;
    }

    private static TicketListSql filtered(String columns, UUID customerId, TicketFilter filter) {
        var query = new TicketListSql(columns, customerId);
        query.anyOf("status", filter.statuses(), Enum::name);
        query.anyOf("urgency", filter.urgencies(), Enum::name);
        query.anyOf("source", filter.sources(), TicketSource::code);
        if (filter.createdFrom() != null) {
            query.and("created_at >= ?", filter.createdFrom());
        }
        if (filter.createdBefore() != null) {
            query.and("created_at < ?", filter.createdBefore());
        }
        filter.search().ifPresent(query::matching);
        switch (filter.assignee()) {
            case AssigneeFilter.Anyone anyone -> { }
            case AssigneeFilter.Nobody nobody -> query.and("assigned_to IS NULL");
            case AssigneeFilter.Member member -> query.and("assigned_to = ?", member.staffMemberId());
        }
        return query;
    }

    String sql() {
        return sql.toString();
    }

    Object[] parameters() {
        return parameters.toArray();
    }

    private void matching(SearchTerm search) {
        switch (search) {
            case SearchTerm.Phone phone -> and("contact_phone = ?", phone.number().e164());
            case SearchTerm.Text text -> {
                // Folded and escaped by the database, by the function that folded the stored columns: the
                // term needs no copy of unaccent's rules here, and a ％ that folds to % stays a character.
                var condition = new StringBuilder("(contact_name_folded LIKE search_pattern(?)"
                        + " OR summary_folded LIKE search_pattern(?)");
                var values = new ArrayList<Object>(List.of(text.text(), text.text()));
                text.digits().ifPresent(digits -> {
                    // Stored numbers are E.164, a '+' and digits only, so "123 45 67" is found in +41791234567
                    // as the digits 1234567; the column itself is compared, as its trigram index holds it.
                    condition.append(" OR contact_phone LIKE ?");
                    values.add("%" + digits + "%");
                });
                and(condition.append(")").toString(), values.toArray());
            }
        }
    }

    private <T> void anyOf(String column, Collection<T> values, Function<T, String> code) {
        if (values.isEmpty()) {
            return;
        }
        var placeholders = values.stream().map(value -> "?").collect(Collectors.joining(", "));
        and(column + " IN (" + placeholders + ")", values.stream().map(code).toArray());
    }

    private void and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        parameters.addAll(List.of(values));
    }
}

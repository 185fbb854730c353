package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.application.port.out.AssigneeFilter;
import ch.opsfabric.application.port.out.SearchTerm;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketOrder;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page request of the staff ticket list ({@code GET /api/tickets}), checked on construction
 * with the field at fault named. A ticket matches when its status, urgency and source are among
 * the values asked for (an empty set asks for all), it was created within the bounds and the
 * search finds it.
 *
 * @param from      tickets created at or after this bound; null for no bound
 * @param to        tickets created before this bound (a day bound includes that whole day); null for no bound
 * @param after     where the previous page ended (in {@code order}); empty for the first page
 * @param assignee  whose tickets
 * @param order     newest first, or open tickets by deadline ({@code sort=sla})
 */
public record ListTicketsQuery(Set<TicketStatus> statuses, Set<Urgency> urgencies, Set<TicketSource> sources,
                               CreatedBound from, CreatedBound to, Optional<SearchTerm> search,
                               Optional<TicketPosition> after, int limit, AssigneeFilter assignee,
                               TicketOrder order) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final Set<TicketStatus> OPEN = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen)
            .collect(Collectors.toUnmodifiableSet());

    public ListTicketsQuery {
        require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
        statuses = Set.copyOf(statuses);
        urgencies = Set.copyOf(urgencies);
        sources = Set.copyOf(sources);
        search = search == null ? Optional.empty() : search;
        after = after == null ? Optional.empty() : after;
        assignee = assignee == null ? AssigneeFilter.ANYONE : assignee;
        order = order == null ? TicketOrder.NEWEST_FIRST : order;
        if (order == TicketOrder.DEADLINE_FIRST) {
            require(statuses.isEmpty() || statuses.stream().anyMatch(TicketStatus::isOpen), "sort",
                    "sla lists open tickets (NEW, NEEDS_CALLBACK, SCHEDULED, IN_PROGRESS) only, and status names none");
            statuses = statuses.isEmpty() ? OPEN
                    : statuses.stream().filter(TicketStatus::isOpen).collect(Collectors.toUnmodifiableSet());
        }
    }

    /**
     * Reads the query parameters as they arrive; each list value may itself hold several values
     * separated by commas ({@code status=NEW,SCHEDULED}).
     *
     * @param assignedTo {@code me}, {@code none} or a staff member's id; {@code me} is the caller, who must be a
     *                   staff member (an API token has no tickets of its own)
     * @param after      the position the cursor names, read in the order {@code sort} asks for
     */
    public static ListTicketsQuery fromParameters(List<String> status, List<String> urgency, List<String> source,
                                                  String from, String to, String q, TicketPosition after,
                                                  String limit, String assignedTo, String sort, Actor caller) {
        return new ListTicketsQuery(
                values(status, "status", TicketStatus.class, text -> TicketStatus.valueOf(upper(text))),
                values(urgency, "urgency", Urgency.class, text -> Urgency.valueOf(upper(text))),
                values(source, "source", TicketSource.class, TicketSource::fromCode),
                CreatedBound.parse(from, "from"), CreatedBound.parse(to, "to"), SearchTerm.of(q),
                Optional.ofNullable(after), limit(limit), assignee(assignedTo, caller), order(sort));
    }

    /** The order a {@code sort} parameter asks for: {@code sla}, or newest first when left out. */
    public static TicketOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return TicketOrder.NEWEST_FIRST;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "sla" -> TicketOrder.DEADLINE_FIRST;
            case "created" -> TicketOrder.NEWEST_FIRST;
            default -> throw new InvalidValue("sort", "must be sla or created: " + sort);
        };
    }

    private static AssigneeFilter assignee(String text, Actor caller) {
        if (text == null || text.isBlank()) {
            return AssigneeFilter.ANYONE;
        }
        var value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return new AssigneeFilter.Nobody();
        }
        if (value.equals("me")) {
            require(caller.kind() == Actor.Kind.STAFF, "assigned_to",
                    "me means the signed-in staff member; this request comes from the API token '"
                            + caller.reference() + "', which has no tickets of its own: name a staff member's id");
            return new AssigneeFilter.Member(UUID.fromString(caller.reference()));
        }
        try {
            return new AssigneeFilter.Member(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValue("assigned_to", "must be me, none or a staff member's id: " + text);
        }
    }

    /** The filter with day bounds resolved in the business's time zone. */
    public TicketFilter filterIn(ZoneId zone) {
        var createdFrom = from == null ? null : from.asLowerBound(zone);
        var createdBefore = to == null ? null : to.asUpperBound(zone);
        if (createdFrom != null && createdBefore != null) {
            require(createdFrom.isBefore(createdBefore), "to", "must be later than from");
        }
        return new TicketFilter(statuses, urgencies, sources, createdFrom, createdBefore, search, assignee);
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
    }

    private static <E extends Enum<E>> Set<E> values(Collection<String> texts, String field, Class<E> type,
                                                     Function<String, E> parser) {
        var values = EnumSet.noneOf(type);
        if (texts == null) {
            return values;
        }
        for (var text : texts) {
            for (var part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    values.add(parser.apply(part.strip()));
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidValue(field, "must be one of " + known(type) + ": " + part.strip());
                }
            }
        }
        return values;
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> String known(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> value instanceof TicketSource source ? source.code() : value.name())
                .collect(Collectors.joining(", "));
    }
}

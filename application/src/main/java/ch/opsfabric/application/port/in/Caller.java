package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import java.util.Objects;

/**
 * Who a staff request comes from: the business everything it does is scoped to, and the actor its
 * changes are logged under (a staff member or an API token by name).
 */
public record Caller(Tenant tenant, Actor actor) {

    public Caller {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
    }
}

package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.domain.people.StaffRole;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import java.util.Objects;

/**
 * Who a staff request comes from: the business everything it does is scoped to, the actor its
 * changes are logged under (a staff member or an API token by name), and the role it acts in.
 */
public record Caller(Tenant tenant, Actor actor, StaffRole role) {

    public Caller {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
    }

    /** An API token's caller: integrations act with the owner's rights (docs/http-api.md, API tokens). */
    public Caller(Tenant tenant, Actor actor) {
        this(tenant, actor, StaffRole.OWNER);
    }

    /** @throws Forbidden unless the caller acts as an owner */
    public void requireOwner() {
        if (role != StaffRole.OWNER) {
            throw new Forbidden("only an owner of the business may do this");
        }
    }
}

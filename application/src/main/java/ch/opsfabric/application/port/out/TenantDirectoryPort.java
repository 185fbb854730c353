package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.tenant.Tenant;
import java.util.List;

/** Every business, for work done for each of them. */
public interface TenantDirectoryPort {

    List<Tenant> active();
}

package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryStaffTokens;
import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import java.util.UUID;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL stores. */
class InMemoryStaffTokensTest extends StaffTokenPortsContract {

    private final InMemoryStaffTokens tokens = new InMemoryStaffTokens();

    @Override
    protected StaffTokenPort tokens() {
        return tokens;
    }

    @Override
    protected StaffTokenLookupPort lookup() {
        return tokens;
    }

    @Override
    protected UUID aBusiness() {
        return UUID.randomUUID();
    }
}

package ch.opsfabric.application.staff;

import static ch.opsfabric.application.staff.StaffFixtures.DOERFLER;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.TokenHolder;
import ch.opsfabric.application.tenant.StaffTokens;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** StaffAuthentication: a token is looked up by its hash and opens exactly its business, under its name. */
class SigningInAsStaffTest {

    private static final String TOKEN = "Qm9ndXMtc3RhZmYtdG9rZW4tZm9yLXRlc3RzLW9ubHk";

    private static final Map<String, UUID> STORED_HASHES = Map.of(StaffTokens.hash(TOKEN), DOERFLER.id());

    private final StaffAuthentication authentication = new StaffAuthentication(
            hash -> Optional.ofNullable(STORED_HASHES.get(hash)).map(id -> new TokenHolder(id, "kasse")),
            new OneTenant(DOERFLER));

    @Test
    void a_known_token_opens_its_business_and_acts_under_its_name() {
        assertThat(authentication.callerFor(TOKEN)).contains(new Caller(DOERFLER, Actor.token("kasse")));
    }

    @Test
    void an_unknown_or_missing_token_opens_nothing() {
        assertThat(authentication.callerFor("guessed")).isEmpty();
        assertThat(authentication.callerFor("")).isEmpty();
        assertThat(authentication.callerFor(null)).isEmpty();
    }

    private record OneTenant(Tenant tenant) implements LoadTenantPort {

        @Override
        public Optional<Tenant> bySlug(String slug) {
            return Optional.of(tenant).filter(only -> only.profile().slug().equals(slug));
        }

        @Override
        public Optional<Tenant> byId(UUID id) {
            return Optional.of(tenant).filter(only -> only.id().equals(id));
        }

        @Override
        public Optional<Tenant> bySmsNumber(PhoneNumber number) {
            return Optional.empty();
        }
    }
}

package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.ApiToken;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.ManageApiTokensUseCase;
import ch.opsfabric.application.port.in.NewApiToken;
import ch.opsfabric.application.port.out.ApiTokensPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.tenant.StaffTokens;
import ch.opsfabric.domain.InvalidValue;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** An owner's API tokens; the name is what a token's changes are logged under ({@code token:<name>}). */
public final class ApiTokensService implements ManageApiTokensUseCase {

    private static final int TOKEN_BITS = 256;
    private static final int NAME_LENGTH = 60;

    private final Clock clock;
    private final Transactions transactions;
    private final ApiTokensPort tokens;
    private final SecretGenerator secrets;
    private final IdGenerator ids;

    public ApiTokensService(Clock clock, Transactions transactions, ApiTokensPort tokens, SecretGenerator secrets,
                            IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.tokens = tokens;
        this.secrets = secrets;
        this.ids = ids;
    }

    @Override
    public List<ApiToken> tokens(Caller caller) {
        caller.requireOwner();
        return transactions.forTenant(caller.tenant().id(), () -> tokens.active(caller.tenant().id()).stream()
                .map(stored -> new ApiToken(stored.id(), stored.name(), stored.createdAt())).toList());
    }

    @Override
    public NewApiToken create(Caller caller, String name) {
        caller.requireOwner();
        InvalidValue.require(name != null && !name.isBlank() && name.strip().length() <= NAME_LENGTH
                        && name.strip().codePoints().noneMatch(Character::isISOControl), "name",
                "is required, at most " + NAME_LENGTH + " characters on one line");
        var token = new ApiToken(ids.newId(), name.strip(), clock.instant());
        var secret = secrets.newSecret(TOKEN_BITS);
        transactions.forTenant(caller.tenant().id(), () -> tokens.store(caller.tenant().id(), token.id(), token.name(),
                StaffTokens.hash(secret), token.createdAt()));
        return new NewApiToken(token, secret);
    }

    @Override
    public void revoke(Caller caller, UUID tokenId) {
        caller.requireOwner();
        transactions.forTenant(caller.tenant().id(), () -> {
            if (!tokens.revoke(caller.tenant().id(), tokenId, clock.instant())) {
                throw new NotFound("no API token with id " + tokenId);
            }
        });
    }
}

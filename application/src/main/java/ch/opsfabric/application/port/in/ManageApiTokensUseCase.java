package ch.opsfabric.application.port.in;

import java.util.List;
import java.util.UUID;

/** An owner's API tokens for integrations: listed without their secrets, created by name, revoked by id. */
public interface ManageApiTokensUseCase {

    List<ApiToken> tokens(Caller caller);

    NewApiToken create(Caller caller, String name);

    /** @throws ch.opsfabric.application.port.NotFound for an id not of this business or already revoked */
    void revoke(Caller caller, UUID tokenId);
}

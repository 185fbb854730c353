package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.ApiToken;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An API token by id and name; only a new token's answer carries the secret, this once. */
@Serdeable
record ApiTokenAnswer(UUID id, String name, @JsonProperty("created_at") Instant createdAt,
                      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String token) {

    static ApiTokenAnswer of(ApiToken token) {
        return new ApiTokenAnswer(token.id(), token.name(), token.createdAt(), null);
    }
}

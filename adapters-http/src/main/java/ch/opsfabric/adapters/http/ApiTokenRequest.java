package ch.opsfabric.adapters.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new API token. Unknown fields are refused (422). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record ApiTokenRequest(
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(maxLength = 60, description = "what the token's changes are logged under: token:<name>")
        String name) {
}

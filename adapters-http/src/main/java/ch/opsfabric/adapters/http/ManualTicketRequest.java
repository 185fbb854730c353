package ch.opsfabric.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

// Describes the body for the OpenAPI document only (its javadoc is the schema's description); the
// controller reads it field by field (JsonBody), like every body of this API.
/**
 * A request staff took by phone or at the counter. A telephone number or an e-mail address is
 * required. Unknown fields are refused (422).
 */
@Serdeable
record ManualTicketRequest(
        @Nullable @Schema(type = "string", allowableValues = "manual", description = "always manual; may be left out")
        String source,
        @Nullable String intent,
        @Nullable @Schema(type = "string", allowableValues = {"LOW", "MED", "HIGH"}, defaultValue = "MED") String urgency,
        @Nullable @JsonProperty("contact_name") String contactName,
        @Nullable @JsonProperty("contact_phone") @Schema(description = "any Swiss or international spelling")
        String contactPhone,
        @Nullable @JsonProperty("contact_email") String contactEmail,
        @Nullable @Schema(maxLength = 5000) String summary,
        @Nullable Map<String, Object> metadata) {
}

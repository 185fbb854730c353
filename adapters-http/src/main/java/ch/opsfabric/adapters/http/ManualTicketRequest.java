package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.SubmitInquiryCommand;
import ch.opsfabric.domain.InvalidValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A request staff took by phone or at the counter. A telephone number or an e-mail address is
 * required. Unknown fields are refused (422).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record ManualTicketRequest(
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(allowableValues = "manual", description = "always manual; may be left out") String source,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class) String intent,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(allowableValues = {"LOW", "MED", "HIGH"}, defaultValue = "MED") String urgency,
        @Nullable @JsonProperty("contact_name") @Serdeable.Deserializable(using = JsonField.Text.class)
        String contactName,
        @Nullable @JsonProperty("contact_phone") @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(description = "any Swiss or international spelling")
        String contactPhone,
        @Nullable @JsonProperty("contact_email") @Serdeable.Deserializable(using = JsonField.Text.class)
        String contactEmail,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class) @Schema(maxLength = 5000) String summary,
        @Nullable @Serdeable.Deserializable(using = JsonField.JsonObject.class) Map<String, Object> metadata) {

    /** The intake command for the token's business; staff need no consent on the customer's behalf. */
    SubmitInquiryCommand command(String customerSlug) {
        if (source != null && !"manual".equals(source)) {
            throw new InvalidValue("source", "staff enter tickets as manual; leave it out or send manual");
        }
        return new SubmitInquiryCommand(customerSlug, "manual", intent, urgency, contactName, contactPhone,
                contactEmail, summary, metadata, null, null);
    }
}

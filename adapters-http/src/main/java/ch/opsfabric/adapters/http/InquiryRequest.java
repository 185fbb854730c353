package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.SubmitInquiryCommand;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A request from the wizard (or another form) for {@code POST /api/ticket}. A telephone number
 * or an e-mail address is required, and the customer's consent to be contacted. Unknown fields
 * are ignored, so a newer wizard is never refused.
 */
@Serdeable
record InquiryRequest(
        @Nullable @JsonProperty("customer_slug") @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the business's slug")
        String customerSlug,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(allowableValues = {"wizard", "manual"}, defaultValue = "wizard")
        String source,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class) @Schema(maxLength = 100)
        String intent,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(allowableValues = {"LOW", "MED", "HIGH"}, defaultValue = "MED")
        String urgency,
        @Nullable @JsonProperty("contact_name") @Serdeable.Deserializable(using = JsonField.Text.class)
        String contactName,
        @Nullable @JsonProperty("contact_phone") @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(description = "any Swiss or international spelling")
        String contactPhone,
        @Nullable @JsonProperty("contact_email") @Serdeable.Deserializable(using = JsonField.Text.class)
        String contactEmail,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class) @Schema(maxLength = 5000)
        String summary,
        @Nullable @Serdeable.Deserializable(using = JsonField.JsonObject.class)
        @Schema(description = "free-form details of the form (a JSON object), kept with the ticket")
        Map<String, Object> metadata,
        @Nullable @Serdeable.Deserializable(using = JsonField.Flag.class)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the customer agreed to be contacted; must be true for a wizard request")
        Boolean consent,
        @Nullable @JsonProperty("visit_id") @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(description = "the visit_id POST /api/wizard/visit answered when the wizard was opened; "
                + "counts that visit as captured")
        String visitId) {

    SubmitInquiryCommand command() {
        return new SubmitInquiryCommand(customerSlug, source, intent, urgency, contactName, contactPhone,
                contactEmail, summary, metadata, consent, visitId);
    }
}

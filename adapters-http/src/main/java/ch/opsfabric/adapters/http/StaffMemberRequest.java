package ch.opsfabric.adapters.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new staff member (POST) or the fields to change (PATCH; left out keeps them). Unknown fields are refused (422). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record StaffMemberRequest(
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class) @Schema(maxLength = 120) String name,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(description = "the sign-in name; unique within the business; not changeable") String email,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(allowableValues = {"owner", "staff"}, defaultValue = "staff") String role,
        @Nullable @Serdeable.Deserializable(using = JsonField.Flag.class)
        @Schema(description = "false deactivates: sessions end, sign-in is refused") Boolean active) {
}

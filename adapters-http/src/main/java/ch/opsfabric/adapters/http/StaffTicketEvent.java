package ch.opsfabric.adapters.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import ch.opsfabric.domain.ticket.TicketEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** One entry of a ticket's history, as stored in {@code ticket_events}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StaffTicketEvent(@Schema(requiredMode = REQUIRED, example = "status_changed") String type,
                        @Nullable @JsonProperty("old_value") String oldValue,
                        @Nullable @JsonProperty("new_value") String newValue,
                        Map<String, Object> metadata,
                        @JsonProperty("created_at") Instant createdAt,
                        @Schema(requiredMode = REQUIRED, description = "who did it: staff:<id>, token:<name>, "
                                + "customer or system", example = "token:provisioning") String actor) {

    static StaffTicketEvent of(TicketEvent event) {
        return new StaffTicketEvent(event.type().code(), event.oldValue(), event.newValue(), event.metadata(),
                event.at(), event.actor().code());
    }
}

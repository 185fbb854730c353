package ch.opsfabric.adapters.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import ch.opsfabric.application.port.in.ChangeOutcome;
import ch.opsfabric.domain.ticket.TicketStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The 409 answer to a status move the state machine refuses, with the moves that are possible instead. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record RefusedMove(@Schema(requiredMode = REQUIRED, example = "transition_refused") String error,
                   @Schema(requiredMode = REQUIRED, example = "status") String field,
                   String message,
                   String from,
                   String to,
                   @Schema(requiredMode = REQUIRED, description = "the states the ticket may move to from where it is")
                   List<String> allowed) {

    static RefusedMove of(ChangeOutcome.Refused refused) {
        var allowed = refused.allowed().stream().map(TicketStatus::name).toList();
        var message = refused.allowed().isEmpty()
                ? "a " + refused.from() + " ticket is final and moves nowhere"
                : "a " + refused.from() + " ticket cannot move to " + refused.to() + "; it may move to "
                        + String.join(", ", allowed);
        return new RefusedMove("transition_refused", "status", message, refused.from().name(),
                refused.to().name(), allowed);
    }
}

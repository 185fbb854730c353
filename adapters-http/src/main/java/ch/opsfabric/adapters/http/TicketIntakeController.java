package ch.opsfabric.adapters.http;

import ch.opsfabric.application.intake.SubmitInquiryCommand;
import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** {@code POST /api/ticket}: the wizard's (and staff's manual) way in. */
@Controller("/api/ticket")
@ExecuteOn(TaskExecutors.BLOCKING)
class TicketIntakeController {

    private final SubmitInquiryUseCase submitInquiry;
    private final JsonMapper json;

    TicketIntakeController(SubmitInquiryUseCase submitInquiry, JsonMapper json) {
        this.submitInquiry = submitInquiry;
        this.json = json;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<TicketAccepted> submit(@Body byte[] body) {
        var fields = JsonBody.parse(json, body);
        var command = new SubmitInquiryCommand(fields.text("customer_slug"), fields.text("source"),
                fields.text("intent"), fields.text("urgency"), fields.text("contact_name"),
                fields.text("contact_phone"), fields.text("contact_email"), fields.text("summary"),
                fields.object("metadata"), fields.bool("consent"), fields.text("visit_id"));
        var outcome = submitInquiry.submit(command);
        var answer = new TicketAccepted(outcome.ticketId(), outcome.confirmationQueued(), outcome.dedupeMatched());
        return HttpResponse.<TicketAccepted>status(outcome.dedupeMatched() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(answer);
    }

    @Serdeable
    record TicketAccepted(@JsonProperty("ticket_id") UUID ticketId,
                          @JsonProperty("confirmation_sent") boolean confirmationSent,
                          @JsonProperty("dedupe_matched") boolean dedupeMatched) {
    }
}

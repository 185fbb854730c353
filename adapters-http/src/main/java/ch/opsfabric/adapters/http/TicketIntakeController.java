package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** {@code POST /api/ticket}: the wizard's (and staff's manual) way in. */
@Controller("/api/ticket")
@ExecuteOn(TaskExecutors.BLOCKING)
class TicketIntakeController {

    private final SubmitInquiryUseCase submitInquiry;
    private final IntakeCounts counts;

    TicketIntakeController(SubmitInquiryUseCase submitInquiry, IntakeCounts counts) {
        this.submitInquiry = submitInquiry;
        this.counts = counts;
    }

    @TooManyRequestsResponse
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<TicketAccepted> submit(@Body @Nullable InquiryRequest request) {
        // Labelled by what the request asked for; anything but manual is the wizard's, so the label set stays fixed.
        var source = request != null && "manual".equals(request.source()) ? "manual" : "wizard";
        var outcome = counts.count(source, () -> submitInquiry.submit(JsonRequests.present(request).command()));
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

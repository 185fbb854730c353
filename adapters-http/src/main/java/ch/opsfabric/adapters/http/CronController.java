package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Jobs an external scheduler may trigger, behind {@code CRON_SECRET}. With no secret configured
 * they refuse to run: an unset secret must never mean "anyone may trigger SMS".
 */
@Controller("/api/cron")
@ExecuteOn(TaskExecutors.BLOCKING)
class CronController {

    private final SendDueReviewRequestsUseCase sendDueReviewRequests;
    private final String cronSecret;

    CronController(SendDueReviewRequestsUseCase sendDueReviewRequests, @Value("${cron.secret:}") String cronSecret) {
        this.sendDueReviewRequests = sendDueReviewRequests;
        this.cronSecret = cronSecret;
    }

    /** Sends the review requests due now, the same job every instance also runs on its own schedule. */
    @Post(value = "/review-request", produces = MediaType.APPLICATION_JSON)
    ReviewRunAnswer reviewRequests(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        if (cronSecret == null || cronSecret.isBlank()) {
            throw new Unavailable("the cron endpoints are disabled: CRON_SECRET is not set");
        }
        if (!BearerSecret.matches(authorization, cronSecret)) {
            throw new Unauthorized("a valid cron secret is required (Authorization: Bearer …)");
        }
        var run = sendDueReviewRequests.sendDue();
        return new ReviewRunAnswer(run.queued(), run.skipped());
    }

    /** @param skipped finished jobs that will never be asked (no phone, landline, opted out, too late) */
    @Serdeable
    record ReviewRunAnswer(int queued, int skipped) {
    }
}

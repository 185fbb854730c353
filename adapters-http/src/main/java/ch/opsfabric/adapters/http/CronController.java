package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import ch.opsfabric.application.port.in.WarnBeforeDeadlineUseCase;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Jobs an external scheduler may trigger, behind {@code CRON_SECRET} ({@link SecretBearerFilter}).
 * With no secret configured they refuse to run: an unset secret must never mean "anyone may trigger SMS".
 */
@Controller("/api/cron")
@ExecuteOn(TaskExecutors.BLOCKING)
class CronController {

    private final SendDueReviewRequestsUseCase sendDueReviewRequests;
    private final WarnBeforeDeadlineUseCase slaWarning;

    CronController(SendDueReviewRequestsUseCase sendDueReviewRequests, WarnBeforeDeadlineUseCase slaWarning) {
        this.sendDueReviewRequests = sendDueReviewRequests;
        this.slaWarning = slaWarning;
    }

    /** Sends the SLA warnings due now, the same job every instance also runs each minute. */
    @Post(value = "/sla-warning", produces = MediaType.APPLICATION_JSON)
    SlaWarningRunAnswer slaWarnings() {
        var warned = 0;
        for (var batch = slaWarning.warnDue(); batch > 0; batch = slaWarning.warnDue()) {
            warned += batch;
        }
        return new SlaWarningRunAnswer(warned);
    }

    /** @param warned tickets that got their one warning in this run */
    @Serdeable
    record SlaWarningRunAnswer(int warned) {
    }

    /** Sends the review requests due now, the same job every instance also runs on its own schedule. */
    @Post(value = "/review-request", produces = MediaType.APPLICATION_JSON)
    ReviewRunAnswer reviewRequests() {
        var run = sendDueReviewRequests.sendDue();
        return new ReviewRunAnswer(run.queued(), run.skipped());
    }

    /** @param skipped finished jobs that will never be asked (no phone, landline, opted out, too late) */
    @Serdeable
    record ReviewRunAnswer(int queued, int skipped) {
    }
}

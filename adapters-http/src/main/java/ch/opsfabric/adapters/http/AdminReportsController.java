package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.OverviewUseCase;
import ch.opsfabric.application.port.in.ReportMonth;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * FlowSight's overview across all businesses, behind {@code ADMIN_TOKEN} like provisioning
 * ({@link SecretBearerFilter}): off (503) when no token is configured.
 */
@Controller("/api/admin/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminReportsController {

    private final OverviewUseCase overviews;

    AdminReportsController(OverviewUseCase overviews) {
        this.overviews = overviews;
    }

    @Get(value = "/overview", produces = MediaType.APPLICATION_JSON)
    ReportJson.OverviewAnswer overview(@QueryValue @Nullable String month) {
        return ReportJson.OverviewAnswer.of(overviews.overview(ReportMonth.parse(month)));
    }
}

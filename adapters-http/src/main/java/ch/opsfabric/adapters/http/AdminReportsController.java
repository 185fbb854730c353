package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.OverviewUseCase;
import ch.opsfabric.application.report.ReportMonth;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/**
 * FlowSight's overview across all businesses, behind {@code ADMIN_TOKEN} like provisioning: off
 * (503) when no token is configured.
 */
@Controller("/api/admin/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminReportsController {

    private final OverviewUseCase overviews;
    private final String adminToken;

    AdminReportsController(OverviewUseCase overviews, @Value("${admin.token:}") String adminToken) {
        this.overviews = overviews;
        this.adminToken = adminToken;
    }

    @Get(value = "/overview", produces = MediaType.APPLICATION_JSON)
    Map<String, Object> overview(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                 @QueryValue @Nullable String month) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new Unavailable("the admin API is disabled: ADMIN_TOKEN is not set");
        }
        if (!BearerSecret.matches(authorization, adminToken)) {
            throw new Unauthorized("a valid admin token is required (Authorization: Bearer …)");
        }
        return ReportJson.overview(overviews.overview(ReportMonth.parse(month)));
    }
}

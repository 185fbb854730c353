package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.MonthlyReportUseCase;
import ch.opsfabric.application.port.in.ReportMonth;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A business's monthly figures, for its staff; scoped to the token's business like the rest of the staff API. */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports", description = "Monthly figures (Authorization: Bearer <API token>, or a signed-in session)")
@SecurityRequirement(name = OpenApiDocument.STAFF_TOKEN)
@SecurityRequirement(name = OpenApiDocument.STAFF_SESSION)
class ReportsController {

    private final MonthlyReportUseCase reports;

    ReportsController(MonthlyReportUseCase reports) {
        this.reports = reports;
    }

    @Get(value = "/monthly", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "monthlyReport", summary = "The business's figures for one month",
            description = "The month runs from local midnight to local midnight in the business's time zone. "
                    + "Rates are numbers between 0 and 1 (4 decimals), null when their denominator is 0. "
                    + "The README's Reports section defines every figure.")
    @ApiResponse(responseCode = "200", description = "the report",
            content = @Content(schema = @Schema(implementation = ReportJson.Monthly.class)))
    @ApiResponse(responseCode = "401", description = "missing, unknown or revoked staff token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "month missing or not YYYY-MM",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ReportJson.Monthly monthly(HttpRequest<?> request,
                                @Parameter(description = "the month, YYYY-MM", required = true)
                                @QueryValue @Nullable String month) {
        var tenant = StaffBearer.tenantOf(request);
        return ReportJson.Monthly.of(reports.monthly(tenant, ReportMonth.parse(month)));
    }
}

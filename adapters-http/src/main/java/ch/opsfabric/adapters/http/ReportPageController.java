package ch.opsfabric.adapters.http;

import ch.opsfabric.adapters.http.page.Assets;
import ch.opsfabric.application.port.in.MonthlyReportUseCase;
import ch.opsfabric.application.port.in.ReportMonth;
import ch.opsfabric.application.port.in.SignInUseCase;
import ch.opsfabric.application.port.in.StaffSession;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The staff's monthly report page (docs/reports.md, Report page): the figures of {@code GET /api/reports/monthly}
 * with three charts drawn as SVG on the server, each with its numbers as a table, for every signed-in person.
 */
@Controller("/app/report")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "pages")
class ReportPageController {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.GERMAN);
    private static final URI LOGIN = URI.create("/app/login");

    private final MonthlyReportUseCase reports;
    private final SignInUseCase signIn;
    private final Assets assets;
    private final Clock clock;

    ReportPageController(MonthlyReportUseCase reports, SignInUseCase signIn, Assets assets, Clock clock) {
        this.reports = reports;
        this.signIn = signIn;
        this.assets = assets;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Operation(operationId = "reportPage", summary = "The month's figures and charts (German HTML)",
            description = "Not signed in: 303 to /app/login. Without month: the current month in the business's "
                    + "time zone.")
    @ApiResponse(responseCode = "200", description = "the report page")
    @ApiResponse(responseCode = "303", description = "not signed in: to /app/login")
    @ApiResponse(responseCode = "422", description = "month is not YYYY-MM; the page says so")
    HttpResponse<?> report(HttpRequest<?> request,
                           @Parameter(description = "the month, YYYY-MM") @QueryValue @Nullable String month) {
        return SessionCookies.sessionOf(request).flatMap(signIn::session)
                .<HttpResponse<?>>map(session -> page(session, month))
                .orElseGet(() -> HttpResponse.seeOther(LOGIN));
    }

    private HttpResponse<?> page(StaffSession session, String monthText) {
        var tenant = session.caller().tenant();
        var model = WorkspaceController.workspace(session, "report");
        model.put("staffCss", assets.url("staff-admin.css"));
        ReportMonth month;
        try {
            month = monthText == null || monthText.isBlank()
                    ? new ReportMonth(YearMonth.now(clock.withZone(tenant.profile().timezone())))
                    : ReportMonth.parse(monthText);
        } catch (InvalidValue notAMonth) {
            model.put("monthError", "Der Monat muss als JJJJ-MM angegeben werden, zum Beispiel 2026-11.");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("staff/report", model));
        }
        var report = reports.monthly(tenant, month);
        var perDay = reports.ticketsPerDay(tenant, month);
        var missedCalls = ReportCharts.missedCallFunnel(report);
        var reviews = ReportCharts.reviewFunnel(report);
        model.putAll(Map.of(
                "month", month.toString(),
                "monthName", MONTH_NAME.format(month.month()),
                "previous", month.month().minusMonths(1).toString(),
                "next", month.month().plusMonths(1).toString(),
                "report", report,
                "days", ReportCharts.days(perDay),
                "highestDay", ReportCharts.highestDay(perDay),
                "missedCalls", missedCalls,
                "reviews", reviews));
        model.putAll(Map.of(
                "missedCallsHeight", ReportCharts.funnelHeight(missedCalls),
                "reviewsHeight", ReportCharts.funnelHeight(reviews),
                "funnelLabelX", ReportCharts.funnelLabelX(),
                "capturedRate", ReportCharts.percent(report.capturedRate()),
                "nextStepRate", ReportCharts.percent(report.nextStep24hRate()),
                "reviewConversion", ReportCharts.percent(report.reviewConversion()),
                "recoveryRate", ReportCharts.percent(report.recoveryRate()),
                "automaticResponse", ReportCharts.duration(report.counts().firstResponseAutomaticSeconds()),
                "humanResponse", ReportCharts.duration(report.counts().firstResponseHumanSeconds())));
        return HttpResponse.ok(new ModelAndView<>("staff/report", model));
    }
}

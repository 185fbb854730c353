package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.adapters.http.IntakeCounts;
import ch.opsfabric.adapters.http.TooManyRequestsResponse;
import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.FindPublicBusinessUseCase;
import ch.opsfabric.application.port.in.RecordWizardVisitUseCase;
import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.time.GermanTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The wizard {@code /{slug}/anfrage} (docs/http-api.md, Customer pages): the business's flows, then the
 * chosen flow's steps, each answered by posting the form, which carries every earlier answer with it. The last
 * step goes into the same intake use case as {@code POST /api/ticket} and redirects to the thank-you page
 * (Post/Redirect/Get), which names the promised answer time.
 */
@Controller("/{slug}/anfrage")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "pages")
final class WizardController {

    /** Left empty by people (it is off-screen); a bot filling every field is thanked and nothing is stored. */
    static final String HONEYPOT = "website";

    private final FindPublicBusinessUseCase businesses;
    private final RecordWizardVisitUseCase visits;
    private final SubmitInquiryUseCase submitInquiry;
    private final IntakeCounts counts;
    private final NumberingPlan numbers;
    private final PublicAddress address;
    private final Clock clock;

    WizardController(FindPublicBusinessUseCase businesses, RecordWizardVisitUseCase visits,
                     SubmitInquiryUseCase submitInquiry, IntakeCounts counts, NumberingPlan numbers,
                     PublicAddress address, Clock clock) {
        this.businesses = businesses;
        this.visits = visits;
        this.submitInquiry = submitInquiry;
        this.counts = counts;
        this.numbers = numbers;
        this.address = address;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Operation(operationId = "openWizard", summary = "The wizard: the business's flows, or the first step of one")
    @ApiResponse(responseCode = "200", description = "the page; the first opening in a browser session counts a visit")
    @ApiResponse(responseCode = "404", description = "unknown or inactive business, or its wizard is off")
    @TooManyRequestsResponse
    MutableHttpResponse<?> open(@PathVariable String slug, @QueryValue @Nullable String flow,
                                @QueryValue @Nullable String ref, @QueryValue @Nullable String phone,
                                HttpRequest<?> request) {
        var found = withWizard(slug);
        if (found.isEmpty()) {
            return CustomerPages.notFound();
        }
        var page = new WizardPage(found.get().profile(), numbers);
        var flows = page.wizard().flows();
        var chosen = flows.size() == 1 ? Optional.of(flows.getFirst()) : page.wizard().flow(flow);
        var fromMissedCall = WizardAnswers.REF_MISSED_CALL.equals(ref);
        var response = chosen
                .map(one -> page.step(one, 0, prefilled(one, phone), Map.of(), fromMissedCall, HttpStatus.OK))
                .orElseGet(() -> page.choice(fromMissedCall, phone));
        if (VisitCookie.of(request).isEmpty()) {
            response.cookie(VisitCookie.of(slug, visits.visit(slug), address));
        }
        return response;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Operation(operationId = "answerWizard",
            summary = "One step of the wizard; the last one files the request and redirects to the thank-you page")
    @ApiResponse(responseCode = "200", description = "the next (or previous) step")
    @ApiResponse(responseCode = "303", description = "filed: to /{slug}/anfrage/danke")
    @ApiResponse(responseCode = "403", description = "posted from another site")
    @ApiResponse(responseCode = "404", description = "unknown or inactive business, or its wizard is off")
    @ApiResponse(responseCode = "422", description = "the step again, with a German message next to each field at fault")
    @TooManyRequestsResponse
    MutableHttpResponse<?> answer(@PathVariable String slug, @Body Map<String, String> form, HttpRequest<?> request) {
        var found = withWizard(slug);
        if (found.isEmpty()) {
            return CustomerPages.notFound();
        }
        if (FetchOrigin.isCrossSite(request, address)) {
            return CustomerPages.page(HttpStatus.FORBIDDEN, "customer/refused", Map.of());
        }
        var tenant = found.get();
        var page = new WizardPage(tenant.profile(), numbers);
        var wizard = page.wizard();
        var fromMissedCall = WizardAnswers.REF_MISSED_CALL.equals(form.get("ref"));
        var chosen = wizard.flow(form.get("flow"));
        if (chosen.isEmpty()) {
            return page.choice(fromMissedCall, null);
        }
        if (!form.getOrDefault(HONEYPOT, "").isBlank()) {
            return HttpResponse.seeOther(thanksPage(slug, null));
        }
        var flow = chosen.get();
        var steps = wizard.steps(flow);
        var shown = Math.clamp(number(form.get("step")), 0, steps.size() - 1);
        var answers = WizardAnswers.from(flow, form);
        if ("zurueck".equals(form.get("aktion"))) {
            return page.step(flow, Math.max(shown - 1, 0), answers, Map.of(), fromMissedCall, HttpStatus.OK);
        }
        var today = clock.instant().atZone(tenant.profile().timezone()).toLocalDate();
        for (int index = 0; index <= shown; index++) {
            var errors = answers.errors(steps.get(index), wizard.categories(flow), today);
            if (!errors.isEmpty()) {
                return page.step(flow, index, answers, errors, fromMissedCall, HttpStatus.UNPROCESSABLE_ENTITY);
            }
        }
        if (shown < steps.size() - 1) {
            return page.step(flow, shown + 1, answers, Map.of(), fromMissedCall, HttpStatus.OK);
        }
        var visit = VisitCookie.of(request).map(Object::toString).orElse(null);
        // WizardAnswers checks what the command checks, so the command refuses nothing the page let through.
        try {
            var outcome = counts.count("wizard",
                    () -> submitInquiry.submit(answers.command(slug, fromMissedCall, visit)));
            return HttpResponse.seeOther(thanksPage(slug, outcome.slaDeadline()));
        } catch (NotFound | Forbidden gone) {
            return CustomerPages.notFound();
        }
    }

    @Get(value = "/danke", produces = MediaType.TEXT_HTML)
    @Operation(operationId = "wizardThanks", summary = "The thank-you page, naming the promised answer time")
    @ApiResponse(responseCode = "200", description = "the page")
    @ApiResponse(responseCode = "404", description = "unknown or inactive business, or its wizard is off")
    MutableHttpResponse<?> thanks(@PathVariable String slug, @QueryValue @Nullable String bis) {
        var found = withWizard(slug);
        if (found.isEmpty()) {
            return CustomerPages.notFound();
        }
        var profile = found.get().profile();
        var model = new HashMap<String, Object>();
        model.put("business", profile.name());
        promised(bis).filter(deadline -> deadline.isAfter(clock.instant()))
                .ifPresent(deadline -> model.put("until",
                        GermanTime.deadline(deadline, clock.instant(), profile.timezone())));
        return CustomerPages.page(HttpStatus.OK, "customer/thanks", model);
    }

    private Optional<Tenant> withWizard(String slug) {
        return businesses.activeBySlug(slug).filter(tenant -> tenant.has(Module.WIZARD));
    }

    /** The missed-call link's number, written as people read it; a number that is none is left out. */
    private WizardAnswers prefilled(WizardFlow flow, String phone) {
        var answers = WizardAnswers.from(flow, Map.of());
        return phone == null ? answers : PhoneNumber.parse(phone)
                .map(number -> answers.withPhone(numbers.forDisplay(number))).orElse(answers);
    }

    private static URI thanksPage(String slug, Instant deadline) {
        var uri = UriBuilder.of("/" + slug + "/anfrage/danke");
        if (deadline != null) {
            uri.queryParam("bis", deadline.getEpochSecond());
        }
        return uri.build();
    }

    /**
     * The deadline the redirect named. It is not signed: a crafted link could only show another time on the
     * business's thank-you page, and the binding promise is the confirmation SMS.
     */
    private static Optional<Instant> promised(String bis) {
        if (bis == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(bis)));
        } catch (NumberFormatException | DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}

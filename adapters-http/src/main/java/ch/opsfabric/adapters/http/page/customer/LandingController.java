package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.FindPublicBusinessUseCase;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.TenantProfile;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;

/**
 * {@code /{slug}/}: the minimal page of a business without a website of its own (name, telephone, e-mail, when
 * it answers, the way to the wizard) with its Schema.org {@code LocalBusiness} data for search engines. A
 * business with a {@code website_domain} is sent there instead.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "pages")
final class LandingController {

    private final FindPublicBusinessUseCase businesses;
    private final NumberingPlan numbers;
    private final PublicAddress address;
    private final JsonMapper json;

    LandingController(FindPublicBusinessUseCase businesses, NumberingPlan numbers, PublicAddress address,
                      JsonMapper json) {
        this.businesses = businesses;
        this.numbers = numbers;
        this.address = address;
        this.json = json;
    }

    @Get(value = "/{slug}/", produces = MediaType.TEXT_HTML)
    @Operation(operationId = "landingPage", summary = "A business's landing page, or a redirect to its website")
    @ApiResponse(responseCode = "200", description = "the page, with LocalBusiness JSON-LD")
    @ApiResponse(responseCode = "302", description = "to https://{website_domain}/ when the business has a website")
    @ApiResponse(responseCode = "404", description = "unknown or inactive business")
    MutableHttpResponse<?> landing(@PathVariable String slug) {
        var found = businesses.activeBySlug(slug);
        if (found.isEmpty()) {
            return CustomerPages.notFound();
        }
        var tenant = found.get();
        var profile = tenant.profile();
        if (profile.websiteDomain() != null) {
            return HttpResponse.status(HttpStatus.FOUND).headers(headers ->
                    headers.location(URI.create("https://" + profile.websiteDomain() + "/")));
        }
        var model = new HashMap<String, Object>();
        model.put("business", profile.name());
        model.put("email", profile.email());
        model.put("note", openingNote(profile));
        model.put("wizard", tenant.has(Module.WIZARD) ? "/" + slug + "/anfrage" : "");
        var phone = BusinessPhone.of(profile, numbers);
        model.put("phone", phone.shown());
        model.put("tel", phone.href());
        model.put("jsonLd", localBusiness(profile, phone.e164()));
        return CustomerPages.page(HttpStatus.OK, "customer/landing", model);
    }

    /** The business's own words ({@code config.opening_note}), else its promised answer time. */
    private static String openingNote(TenantProfile profile) {
        if (profile.config().get("opening_note") instanceof String note && !note.isBlank()) {
            return note.strip();
        }
        var minutes = profile.sla().responseMinutes();
        var time = minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " Stunde" : " Stunden") : minutes + " Minuten";
        return "Wir beantworten Ihre Anfrage " + (profile.sla().pauseWeekends() ? "werktags " : "")
                + "innerhalb von " + time + ".";
    }

    /**
     * Schema.org data, written into a {@code <script type="application/ld+json">} block: {@code <} is escaped so
     * no value can close the block early.
     */
    private String localBusiness(TenantProfile profile, String telephone) {
        var data = new LinkedHashMap<String, Object>();
        data.put("@context", "https://schema.org");
        data.put("@type", "LocalBusiness");
        data.put("name", profile.name());
        data.put("url", address.url("/" + profile.slug() + "/"));
        if (telephone != null) {
            data.put("telephone", telephone);
        }
        data.put("email", profile.email());
        try {
            return json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}

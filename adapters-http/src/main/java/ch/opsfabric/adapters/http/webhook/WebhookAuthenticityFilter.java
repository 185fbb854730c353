package ch.opsfabric.adapters.http.webhook;

import ch.opsfabric.adapters.http.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gate of every route under {@value #ROUTES}: reads the callback, finds the provider that
 * sent it and lets only an authentic callback through (403 otherwise). What "authentic" means is
 * each provider's own rule (Twilio's signature, eCall's shared key); this filter only makes sure
 * no webhook route can skip it: the routes get the callback from here, never from the request.
 * A provider whose secret is not configured is answered 503 naming the variable, unless
 * {@link UnsignedWebhooks} accepts such callbacks unchecked.
 */
@ServerFilter(WebhookAuthenticityFilter.ROUTES)
final class WebhookAuthenticityFilter {

    static final String ROUTES = "/api/webhook/**";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookAuthenticityFilter.class);

    private final List<ProviderWebhooks> providers;
    private final UnsignedWebhooks unsigned;
    private final JsonMapper json;
    private final RefusedWebhooks refusedCount;

    WebhookAuthenticityFilter(List<ProviderWebhooks> providers, UnsignedWebhooks unsigned, JsonMapper json,
                              RefusedWebhooks refusedCount) {
        this.providers = providers.stream().sorted(Comparator.comparingInt(ProviderWebhooks::getOrder)).toList();
        this.unsigned = unsigned;
        this.json = json;
        this.refusedCount = refusedCount;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> authenticate(HttpRequest<?> request, @Nullable @Body byte[] body) {
        var read = Webhook.read(request, body, json);
        var recognised = providers.stream().filter(candidate -> candidate.recognises(read)).findFirst();
        if (recognised.isEmpty()) {
            refusedCount.count(RefusedWebhooks.UNKNOWN_PROVIDER);
            return refused(request, "no provider this service knows sends such a callback");
        }
        var provider = recognised.get();
        var webhook = read.inProviderCharset(request, provider.formCharset());
        if (!provider.secretConfigured()) {
            if (!unsigned.accepted()) {
                refusedCount.count(RefusedWebhooks.SECRET_NOT_SET);
                return unavailable(request, provider.unsetSecret());
            }
        } else {
            var refusal = provider.refusal(request, webhook);
            if (refusal.isPresent()) {
                refusedCount.count(RefusedWebhooks.NOT_AUTHENTIC);
                return refused(request, refusal.get());
            }
        }
        new ProviderCallback(provider, webhook).attachTo(request);
        return null;
    }

    /** The same error code as the other routes whose secret is unset (the admin API, the cron jobs). */
    private static HttpResponse<ApiError> unavailable(HttpRequest<?> request, String reason) {
        LOG.warn("webhook {} {} refused: {}", request.getMethod(), request.getPath(), reason);
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ApiError("disabled", null, reason));
    }

    private static HttpResponse<ApiError> refused(HttpRequest<?> request, String reason) {
        LOG.warn("webhook {} {} refused: {}", request.getMethod(), request.getPath(), reason);
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(new ApiError("forbidden", null, reason));
    }
}

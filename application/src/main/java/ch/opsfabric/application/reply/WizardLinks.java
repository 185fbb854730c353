package ch.opsfabric.application.reply;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The link that answers reply "3": the business's own wizard, or the one this service hosts, with
 * the caller's number filled in and the source marked (docs/domain-rules.md, Replies).
 */
public final class WizardLinks {

    private final String serviceBaseUrl;

    /** @param serviceBaseUrl this service's public address ({@code APP_BASE_URL}), without trailing slash */
    public WizardLinks(String serviceBaseUrl) {
        this.serviceBaseUrl = serviceBaseUrl.endsWith("/")
                ? serviceBaseUrl.substring(0, serviceBaseUrl.length() - 1)
                : serviceBaseUrl;
    }

    public String forCaller(Tenant tenant, PhoneNumber caller) {
        var query = "anfrage?ref=missed_call&phone=" + URLEncoder.encode(caller.e164(), StandardCharsets.UTF_8);
        var domain = tenant.profile().websiteDomain();
        return domain != null
                ? "https://" + domain + "/" + query
                : serviceBaseUrl + "/" + tenant.profile().slug() + "/" + query;
    }
}

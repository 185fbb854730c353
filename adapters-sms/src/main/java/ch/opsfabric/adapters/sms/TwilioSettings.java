package ch.opsfabric.adapters.sms;

import ch.opsfabric.domain.phone.PhoneNumber;
import io.micronaut.core.value.PropertyResolver;
import java.net.URI;
import java.util.Optional;

/**
 * Twilio's Messages API settings.
 *
 * @param defaultFrom the sender for messages whose tenant has no SMS number ({@code TWILIO_FROM_NUMBER})
 * @param statusCallback where Twilio reports delivery, {@code {APP_BASE_URL}/api/webhook/sms-status};
 *                       empty when {@code APP_BASE_URL} is unset, since Twilio could not reach us anyway
 */
record TwilioSettings(URI baseUrl, String accountSid, String authToken, Optional<PhoneNumber> defaultFrom,
                      Optional<URI> statusCallback) {

    static final String DEFAULT_BASE_URL = "https://api.twilio.com";
    static final String STATUS_CALLBACK_PATH = "/api/webhook/sms-status";

    /** The pattern Twilio's OpenAPI document gives for {@code AccountSid}. */
    private static final String ACCOUNT_SID = "AC[0-9a-fA-F]{32}";

    TwilioSettings {
        if (!accountSid.matches(ACCOUNT_SID)) {
            throw ProviderSettings.invalid("TWILIO_ACCOUNT_SID", accountSid, "expected AC followed by 32 hex digits");
        }
    }

    /** @throws io.micronaut.context.exceptions.ConfigurationException naming every missing variable */
    static TwilioSettings from(PropertyResolver properties) {
        var settings = new ProviderSettings(SmsProviders.TWILIO, properties);
        var accountSid = settings.required("twilio.account-sid", "TWILIO_ACCOUNT_SID");
        var authToken = settings.required("twilio.auth-token", "TWILIO_AUTH_TOKEN");
        settings.requireComplete();
        var baseUrl = settings.optional("twilio.base-url").orElse(DEFAULT_BASE_URL);
        var defaultFrom = settings.optional("twilio.from-number").map(number -> PhoneNumber.parse(number)
                .orElseThrow(() -> ProviderSettings.invalid("TWILIO_FROM_NUMBER", number, "not a telephone number")));
        var statusCallback = settings.optional("app.base-url")
                .map(appBaseUrl -> ProviderUrls.baseUrl("APP_BASE_URL", appBaseUrl))
                .map(appBaseUrl -> URI.create(appBaseUrl + STATUS_CALLBACK_PATH));
        return new TwilioSettings(ProviderUrls.baseUrl("TWILIO_BASE_URL", baseUrl), accountSid, authToken,
                defaultFrom, statusCallback);
    }

    @Override
    public String toString() {
        // A record prints every component; the auth token must never reach a log or an exception.
        return "TwilioSettings[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", defaultFrom=" + defaultFrom
                + ", statusCallback=" + statusCallback + "]";
    }
}

package ch.opsfabric.adapters.sms.twilio;

import ch.opsfabric.adapters.sms.ProviderUrls;
import ch.opsfabric.adapters.sms.RequiredSettings;
import ch.opsfabric.adapters.sms.SmsProvider;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Optional;

/**
 * Twilio's Messages API settings, checked when Twilio is the chosen provider.
 *
 * @param accountSid {@code TWILIO_ACCOUNT_SID}, required
 * @param authToken  {@code TWILIO_AUTH_TOKEN}, required
 * @param baseUrl    {@code TWILIO_BASE_URL}, default {@value #DEFAULT_BASE_URL}
 * @param fromNumber {@code TWILIO_FROM_NUMBER}: the sender for messages whose business has no SMS number
 */
@ConfigurationProperties("twilio")
@Requires(property = SmsProvider.PROPERTY, value = TwilioSmsSender.NAME)
public record TwilioSettings(@Nullable String accountSid, @Nullable String authToken, @Nullable String baseUrl,
                             @Nullable String fromNumber) {

    static final String DEFAULT_BASE_URL = "https://api.twilio.com";

    /** The pattern Twilio's OpenAPI document gives for {@code AccountSid}. */
    private static final String ACCOUNT_SID = "AC[0-9a-fA-F]{32}";

    /** @throws io.micronaut.context.exceptions.ConfigurationException naming every missing or unusable variable */
    public TwilioSettings {
        accountSid = RequiredSettings.present(accountSid);
        authToken = RequiredSettings.present(authToken);
        RequiredSettings.of(TwilioSmsSender.NAME).require(accountSid, "TWILIO_ACCOUNT_SID")
                .require(authToken, "TWILIO_AUTH_TOKEN").check();
        if (!accountSid.matches(ACCOUNT_SID)) {
            throw RequiredSettings.invalid("TWILIO_ACCOUNT_SID", accountSid, "expected AC followed by 32 hex digits");
        }
        var url = RequiredSettings.present(baseUrl);
        baseUrl = ProviderUrls.baseUrl("TWILIO_BASE_URL", url == null ? DEFAULT_BASE_URL : url).toString();
        fromNumber = RequiredSettings.present(fromNumber);
        if (fromNumber != null && PhoneNumber.parse(fromNumber).isEmpty()) {
            throw RequiredSettings.invalid("TWILIO_FROM_NUMBER", fromNumber, "not a telephone number");
        }
    }

    URI baseUri() {
        return URI.create(baseUrl);
    }

    Optional<PhoneNumber> defaultFrom() {
        return Optional.ofNullable(fromNumber).flatMap(PhoneNumber::parse);
    }

    @Override
    public String toString() {
        // A record prints every component; the auth token must never reach a log or an exception.
        return "TwilioSettings[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", fromNumber=" + fromNumber + "]";
    }
}

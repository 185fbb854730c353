package ch.opsfabric.adapters.sms.ecall;

import ch.opsfabric.adapters.sms.ProviderUrls;
import ch.opsfabric.adapters.sms.RequiredSettings;
import ch.opsfabric.adapters.sms.SmsProvider;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * eCall's REST interface settings, checked when eCall is the chosen provider.
 *
 * @param username {@code ECALL_USERNAME}, required
 * @param password {@code ECALL_PASSWORD}, required
 * @param baseUrl  {@code ECALL_BASE_URL}, default {@value #DEFAULT_BASE_URL}
 * @param senderId {@code ECALL_SENDER_ID}: the sender every SMS shows; unset means the business's own number
 */
@ConfigurationProperties("ecall")
@Requires(property = SmsProvider.PROPERTY, value = EcallSmsSender.NAME)
public record EcallSettings(@Nullable String username, @Nullable String password, @Nullable String baseUrl,
                            @Nullable String senderId) {

    static final String DEFAULT_BASE_URL = "https://rest.ecall.ch";

    /** eCall's rule for an SMS sender: up to 16 digits, or up to 11 printable ASCII characters. */
    private static final String SENDER_RULE = "[0-9]{1,16}|[\\x20-\\x7E]{1,11}";
    /** A number as businesses write it, {@code +41 43 555 30 01}, which eCall takes as {@code 0041435553001}. */
    private static final Pattern INTERNATIONAL_NUMBER = Pattern.compile("\\+[0-9 ]{1,20}");

    /** @throws io.micronaut.context.exceptions.ConfigurationException naming every missing or unusable variable */
    public EcallSettings {
        username = RequiredSettings.present(username);
        password = RequiredSettings.present(password);
        RequiredSettings.of(EcallSmsSender.NAME).require(username, "ECALL_USERNAME")
                .require(password, "ECALL_PASSWORD").check();
        var url = RequiredSettings.present(baseUrl);
        baseUrl = ProviderUrls.baseUrl("ECALL_BASE_URL", url == null ? DEFAULT_BASE_URL : url).toString();
        senderId = numericIfInternational(RequiredSettings.present(senderId));
        if (senderId != null && !senderId.matches(SENDER_RULE)) {
            throw RequiredSettings.invalid("ECALL_SENDER_ID", senderId,
                    "eCall takes up to 16 digits or up to 11 letters, digits and ASCII signs");
        }
    }

    private static String numericIfInternational(String senderId) {
        if (senderId == null || !INTERNATIONAL_NUMBER.matcher(senderId).matches()) {
            return senderId;
        }
        return "00" + senderId.substring(1).replace(" ", "");
    }

    URI baseUri() {
        return URI.create(baseUrl);
    }

    Optional<String> sender() {
        return Optional.ofNullable(senderId);
    }

    @Override
    public String toString() {
        // A record prints every component; the password must never reach a log or an exception.
        return "EcallSettings[baseUrl=" + baseUrl + ", username=" + username + ", senderId=" + senderId + "]";
    }
}

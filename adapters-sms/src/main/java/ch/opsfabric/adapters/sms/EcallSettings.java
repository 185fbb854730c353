package ch.opsfabric.adapters.sms;

import io.micronaut.core.value.PropertyResolver;
import java.net.URI;
import java.util.Optional;

/**
 * eCall's REST interface settings.
 *
 * @param senderId the sender every SMS shows ({@code ECALL_SENDER_ID}); empty means the tenant's own number
 */
record EcallSettings(URI baseUrl, String username, String password, Optional<String> senderId) {

    static final String DEFAULT_BASE_URL = "https://rest.ecall.ch";

    /** eCall's rule for an SMS sender: up to 16 digits, or up to 11 printable ASCII characters. */
    private static final String SENDER_RULE = "[0-9]{1,16}|[\\x20-\\x7E]{1,11}";

    EcallSettings {
        senderId.filter(id -> !id.matches(SENDER_RULE)).ifPresent(id -> {
            throw ProviderSettings.invalid("ECALL_SENDER_ID", id,
                    "eCall takes up to 16 digits or up to 11 letters, digits and ASCII signs");
        });
    }

    /** @throws io.micronaut.context.exceptions.ConfigurationException naming every missing variable */
    static EcallSettings from(PropertyResolver properties) {
        var settings = new ProviderSettings(SmsProviders.ECALL, properties);
        var username = settings.required("ecall.username", "ECALL_USERNAME");
        var password = settings.required("ecall.password", "ECALL_PASSWORD");
        settings.requireComplete();
        var baseUrl = settings.optional("ecall.base-url").orElse(DEFAULT_BASE_URL);
        return new EcallSettings(ProviderUrls.baseUrl("ECALL_BASE_URL", baseUrl), username, password,
                settings.optional("ecall.sender-id"));
    }

    @Override
    public String toString() {
        // A record prints every component; the password must never reach a log or an exception.
        return "EcallSettings[baseUrl=" + baseUrl + ", username=" + username + ", senderId=" + senderId + "]";
    }
}

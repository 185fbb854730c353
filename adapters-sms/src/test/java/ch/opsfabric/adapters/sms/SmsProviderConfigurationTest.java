package ch.opsfabric.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.opsfabric.adapters.sms.StubProvider.Reply;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.out.SendSmsPort;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.exceptions.ConfigurationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service's start with the SMS settings an operator gives as environment variables: a
 * complete set picks the provider, an incomplete one stops the start with a message that names
 * what to set. The variables go through Micronaut's environment-variable convention, exactly as
 * {@code SMS_PROVIDER=twilio} would in production; the process environment is left out so the
 * machine running the tests cannot change their outcome.
 */
class SmsProviderConfigurationTest {

    static final String SID = TwilioSmsSenderTest.ACCOUNT_SID;

    @BeforeAll
    static void warmUp() {
        // The JVM's first Micronaut context loads its classes and its first HttpClient sets up
        // TLS, a second or more each; paid once here, a slow test still means a slow start.
        start(Map.of()).close();
        HttpClient.newHttpClient().close();
    }

    @Test
    void without_SMS_PROVIDER_the_console_sends() {
        try (var context = start(Map.of())) {
            assertThat(context.getBean(SendSmsPort.class)).isInstanceOf(ConsoleSmsSender.class);
        }
    }

    @Test
    void an_unknown_provider_stops_the_start_naming_the_supported_ones() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "smsbox")))
                .isEqualTo("SMS_PROVIDER is 'smsbox'; supported providers: console, ecall, twilio");
    }

    @Test
    void twilio_without_TWILIO_ACCOUNT_SID_stops_the_start_naming_it() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "twilio", "TWILIO_AUTH_TOKEN", "token")))
                .isEqualTo("SMS_PROVIDER is 'twilio' but TWILIO_ACCOUNT_SID is not set");
    }

    @Test
    void twilio_without_any_credentials_stops_the_start_naming_both() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "twilio")))
                .isEqualTo("SMS_PROVIDER is 'twilio' but TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set");
    }

    @Test
    void ecall_without_ECALL_PASSWORD_stops_the_start_naming_it() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "ecall", "ECALL_USERNAME", "opsfabric-api")))
                .isEqualTo("SMS_PROVIDER is 'ecall' but ECALL_PASSWORD is not set");
    }

    @Test
    void ecall_without_any_credentials_stops_the_start_naming_both() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "ecall")))
                .isEqualTo("SMS_PROVIDER is 'ecall' but ECALL_USERNAME and ECALL_PASSWORD are not set");
    }

    @Test
    void a_blank_credential_counts_as_missing() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "ecall", "ECALL_USERNAME", "  ", "ECALL_PASSWORD", "secret")))
                .isEqualTo("SMS_PROVIDER is 'ecall' but ECALL_USERNAME is not set");
    }

    @Test
    void a_malformed_account_sid_stops_the_start_naming_the_rule() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "twilio", "TWILIO_ACCOUNT_SID", "my-account",
                "TWILIO_AUTH_TOKEN", "token")))
                .isEqualTo("TWILIO_ACCOUNT_SID is 'my-account': expected AC followed by 32 hex digits");
    }

    @Test
    void a_default_sender_that_is_no_number_stops_the_start() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "twilio", "TWILIO_ACCOUNT_SID", SID,
                "TWILIO_AUTH_TOKEN", "token", "TWILIO_FROM_NUMBER", "OpsFabric")))
                .isEqualTo("TWILIO_FROM_NUMBER is 'OpsFabric': not a telephone number");
    }

    @Test
    void a_sender_id_ecall_cannot_show_stops_the_start() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "ecall", "ECALL_USERNAME", "u", "ECALL_PASSWORD", "p",
                "ECALL_SENDER_ID", "Dörfler Sanitär AG")))
                .isEqualTo("ECALL_SENDER_ID is 'Dörfler Sanitär AG': eCall takes up to 16 digits or up to 11 letters,"
                        + " digits and ASCII signs");
    }

    @Test
    void a_timeout_that_is_no_duration_stops_the_start() {
        assertThat(startupFailure(Map.of("SMS_PROVIDER", "ecall", "ECALL_USERNAME", "u", "ECALL_PASSWORD", "p",
                "SMS_HTTP_REQUEST_TIMEOUT", "ten seconds")))
                .isEqualTo("SMS_HTTP_REQUEST_TIMEOUT is 'ten seconds': expected a duration such as 5s or 500ms");
    }

    @Test
    void twilio_configured_through_the_environment_sends_as_configured() {
        try (var twilio = StubProvider.start()) {
            twilio.answer(Reply.json(201, "{\"sid\": \"SM0123456789abcdef0123456789abcdef\"}"));
            try (var context = start(Map.of("SMS_PROVIDER", "twilio", "TWILIO_ACCOUNT_SID", SID,
                    "TWILIO_AUTH_TOKEN", "token", "TWILIO_BASE_URL", twilio.baseUrl().toString(),
                    "APP_BASE_URL", "https://ops.example.ch/"))) {

                context.getBean(SendSmsPort.class).send(SmsSenderContract.MESSAGE);
            }

            assertThat(twilio.onlyRequest().path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
            assertThat(twilio.onlyRequest().form())
                    .containsEntry("StatusCallback", "https://ops.example.ch/api/webhook/sms-status");
        }
    }

    @Test
    void ecall_configured_through_the_environment_sends_as_configured() {
        try (var ecall = StubProvider.start()) {
            ecall.answer(Reply.json(200, "{\"messageId\": \"m-1\"}"));
            try (var context = start(Map.of("SMS_PROVIDER", "ecall", "ECALL_USERNAME", "u", "ECALL_PASSWORD", "p",
                    "ECALL_BASE_URL", ecall.baseUrl().toString(), "ECALL_SENDER_ID", "Doerfler"))) {

                context.getBean(SendSmsPort.class).send(SmsSenderContract.MESSAGE);
            }

            assertThat(ecall.onlyRequest().path()).isEqualTo("/api/message");
            assertThat(ecall.onlyRequest().text()).contains("\"from\":\"Doerfler\"");
        }
    }

    private static ApplicationContext start(Map<String, String> environmentVariables) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .environmentPropertySource(false)
                .propertySources(PropertySource.of("test-environment", new HashMap<>(environmentVariables),
                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE, PropertySource.Origin.of("test-environment")))
                // bootstrap provides the clock and the public address (APP_BASE_URL) in the service;
                // this context has only the SMS adapters.
                .singletons(Clock.systemUTC(), publicAddress(environmentVariables.get("APP_BASE_URL")))
                .start();
    }

    private static PublicAddress publicAddress(String appBaseUrl) {
        return appBaseUrl == null ? PublicAddress.local() : new PublicAddress(URI.create(appBaseUrl), true);
    }

    /** The message of the configuration error that stopped the start. */
    private static String startupFailure(Map<String, String> environmentVariables) {
        var failure = catchThrowable(() -> start(environmentVariables).close());
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigurationException configuration) {
                return configuration.getMessage();
            }
        }
        throw new AssertionError("the start did not fail with a configuration error", failure);
    }
}

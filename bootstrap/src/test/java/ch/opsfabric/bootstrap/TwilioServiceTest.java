package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the service tests texting through Twilio share: the Twilio adapter against a stub on a local port
 * ({@link StubTwilio}), and before each test a new business with an SMS number of its own, the clock at the start
 * and no SMS of an earlier test left in the queue. Subclasses carry {@code @MicronautTest(transactional = false)}.
 */
abstract class TwilioServiceTest extends ServiceTest {

    static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    static final String AUTH_TOKEN = "stub-token";
    private static final AtomicInteger SLUGS = new AtomicInteger();

    private final String slugPrefix;
    private final String smsNumbers;

    StubTwilio twilio;

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    Api api;
    String slug;

    /** {@code smsNumbers}: a format of the businesses' SMS numbers taking a running number. */
    TwilioServiceTest(String slugPrefix, String smsNumbers) {
        this.slugPrefix = slugPrefix;
        this.smsNumbers = smsNumbers;
    }

    @Override
    public Map<String, String> getProperties() {
        twilio = new StubTwilio();
        var properties = new HashMap<>(super.getProperties());
        properties.put("sms.provider", "twilio");
        properties.put("twilio.account-sid", ACCOUNT_SID);
        properties.put("twilio.auth-token", AUTH_TOKEN);
        properties.put("twilio.base-url", twilio.baseUrl());
        return properties;
    }

    @AfterAll
    void stopStub() {
        twilio.stop();
    }

    @BeforeEach
    void business() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        twilio.reset();
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        var number = SLUGS.incrementAndGet();
        slug = slugPrefix + number;
        api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", slug + "@doerfler.example",
                "sms_number", smsNumbers.formatted(number)));
    }

    long fallbackEmails() {
        return rows.count("SELECT count(*) FROM outbound_email WHERE purpose = 'sms_fallback' AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", slug);
    }

    /** The text of the one e-mail that brought the business an SMS its customer did not get. */
    String fallbackEmailBody() {
        return (String) rows.one("SELECT body FROM outbound_email WHERE purpose = 'sms_fallback' AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", slug).get("body");
    }
}

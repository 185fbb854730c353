package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.DispatchDueEmailUseCase;
import ch.opsfabric.testsupport.MutableClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the service tests sending e-mail share: real SMTP to GreenMail, and before each test a new business with the
 * module the test is about (or the default modules), the clock at the start, an empty mailbox and no e-mail of an
 * earlier test or of the provisioning left in the queue. Subclasses carry
 * {@code @MicronautTest(transactional = false)}.
 */
abstract class MailServiceTest extends ServiceTest {

    /** Running numbers for slugs, unique across the subclasses. */
    static final AtomicInteger SLUGS = new AtomicInteger();

    private final String slugPrefix;
    private final Map<String, Boolean> modules;

    GreenMail mailServer;

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueEmailUseCase emails;

    Api api;
    String slug;

    MailServiceTest(String slugPrefix, String module) {
        this(slugPrefix, Map.of(module, true));
    }

    /** A business with the default modules. */
    MailServiceTest(String slugPrefix) {
        this(slugPrefix, Map.of());
    }

    private MailServiceTest(String slugPrefix, Map<String, Boolean> modules) {
        this.slugPrefix = slugPrefix;
        this.modules = modules;
    }

    @Override
    public Map<String, String> getProperties() {
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        var properties = new HashMap<>(super.getProperties());
        properties.put("smtp.host", "127.0.0.1");
        properties.put("smtp.port", String.valueOf(mailServer.getSmtp().getPort()));
        properties.put("smtp.starttls", "false");
        properties.put("smtp.from", "opsfabric@flowsight.example");
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        mailServer.stop();
    }

    @BeforeEach
    void business() throws Exception {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        mailServer.purgeEmailFromAllMailboxes();
        slug = slugPrefix + SLUGS.incrementAndGet();
        api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", slug + "@doerfler.example",
                "modules", modules));
        // Earlier tests' mail and the owner's invitation from provisioning are not what these tests are about.
        rows.execute("UPDATE outbound_email SET status = 'sent' WHERE status IN ('pending', 'sending')");
    }
}

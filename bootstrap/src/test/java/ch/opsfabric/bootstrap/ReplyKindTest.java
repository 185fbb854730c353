package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the monthly report's reply figures rest on, written by the real SMS webhook. */
@MicronautTest(transactional = false)
class ReplyKindTest extends ServiceTest {

    private static final String BUSINESS = "+41435008001";
    private static final String CALLER = "+41791234567";

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(TestDatabase.freshDatabase());
    }

    @Test
    void every_inbound_sms_keeps_how_it_was_read_and_reply_2_is_marked_as_the_customers_move() {
        clock.set(TestClockFactory.START);
        var api = new Api(http);
        api.provision(Map.of("name", "Dörfler AG", "slug", "reply-kinds", "email", "info@doerfler.example",
                "sms_number", BUSINESS));
        var bodies = new String[] {"2", "Heizung kalt", "3", "STOP"};
        for (int index = 0; index < bodies.length; index++) {
            api.sendForText(Telephony.form("/api/webhook/sms-reply",
                    Telephony.sms("SM-kind-" + index, CALLER, BUSINESS, bodies[index])));
        }

        assertThat(rows.list("SELECT body, reply_kind FROM sms_log WHERE direction = 'inbound' ORDER BY body"))
                .containsExactly(Map.of("body", "2", "reply_kind", "option_2"),
                        Map.of("body", "3", "reply_kind", "option_3"),
                        Map.of("body", "Heizung kalt", "reply_kind", "free_text"),
                        Map.of("body", "STOP", "reply_kind", "opt_out"));
        assertThat(rows.one("SELECT metadata::text AS metadata FROM ticket_events WHERE event_type = 'status_changed'"))
                .containsEntry("metadata", "{\"by\": \"customer_reply\"}");
    }
}

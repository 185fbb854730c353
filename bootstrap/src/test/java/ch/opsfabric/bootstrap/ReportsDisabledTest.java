package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With ADMIN_TOKEN unset FlowSight's overview is off for everyone, like the rest of the admin API. */
@MicronautTest(transactional = false)
class ReportsDisabledTest extends ServiceTest {

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("admin.token", "");
        return properties;
    }

    @Test
    void with_no_admin_token_configured_the_overview_answers_503() {
        var answer = new Api(http).send(HttpRequest.GET("/api/admin/reports/overview?month=2026-11")
                .header("Authorization", "Bearer "));

        assertThat(answer.status()).isEqualTo(503);
        assertThat((String) answer.body().get("message")).contains("ADMIN_TOKEN");
    }
}

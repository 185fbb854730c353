package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With ADMIN_TOKEN unset the admin API is off for everyone, including callers who send an empty token. */
@MicronautTest(transactional = false)
class AdminApiDisabledTest extends ServiceTest {

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("admin.token", "");
        return properties;
    }

    @Test
    void with_no_admin_token_configured_provisioning_is_refused_with_503() {
        var answer = new Api(http).send(HttpRequest.POST("/api/admin/customers",
                Map.of("name", "X", "slug", "x", "email", "x@example.ch")).header("Authorization", "Bearer "));

        assertThat(answer.status()).isEqualTo(503);
        assertThat((String) answer.body().get("message")).contains("ADMIN_TOKEN");
    }
}

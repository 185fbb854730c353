package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.net.URI;
import java.util.Map;

/** Steps the people tests share: following an invitation link, asking for the session's CSRF token. */
final class People {

    static final String PASSWORD = "Rohrzange-2026";

    private People() {
    }

    /** The path of a link the service answered or e-mailed, to open on the test's own server. */
    static String pathOf(String link) {
        return URI.create(link).getPath();
    }

    /** Sets the password through an invitation or reset link and checks the person lands signed in. */
    static void setPassword(Browser browser, String link, String password) {
        var answer = browser.submit(pathOf(link), Map.of("password", password, "password_repeat", password));
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        assertThat(answer.location()).contains("/app/tickets");
        assertThat(browser.cookie("opsfabric_session")).isPresent();
    }

    static Browser.Page signIn(Browser browser, String email, String password) {
        return browser.submit("/app/login", Map.of("email", email, "password", password));
    }

    /** The token a signed-in browser's changing API calls carry in X-CSRF-Token. */
    static String csrfToken(Browser browser) {
        var me = browser.api("GET", "/api/me", null);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        var matcher = java.util.regex.Pattern.compile("\"csrf_token\":\"([^\"]+)\"").matcher(me.body());
        assertThat(matcher.find()).as(me.body()).isTrue();
        return matcher.group(1);
    }

    /** Invites a person through the API with the business's token; answers the invitation link. */
    static String invite(Api api, String token, String name, String email, String role) {
        var answer = api.send(HttpRequest.POST("/api/staff-members", Map.of("name", name, "email", email, "role", role))
                .bearerAuth(token));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return (String) answer.body().get("invitation_url");
    }
}

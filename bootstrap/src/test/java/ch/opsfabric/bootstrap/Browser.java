package ch.opsfabric.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser against the running service: keeps the cookies the service sets (whatever their Secure
 * flag, as the tests talk plain HTTP to a service whose public address may be https), follows no redirects, and
 * fills in the forms' hidden token the way a page would.
 */
final class Browser {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(URI base) {
        this.base = base;
    }

    record Page(int status, String body, Map<String, List<String>> headers) {

        Optional<String> location() {
            return Optional.ofNullable(headers.get("location")).map(List::getFirst);
        }

        String formToken() {
            var matcher = FORM_TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no form token on the page: " + body);
            }
            return matcher.group(1);
        }

        List<String> setCookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }
    }

    Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts the form on {@code path} as a page would: the hidden token taken from the page at that address. */
    Page submit(String path, Map<String, String> fields) {
        var form = new LinkedHashMap<>(fields);
        form.put("csrf", get(path).formToken());
        return post(path, form);
    }

    Page post(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON API call with the browser's cookies; {@code headers} are name, value, name, value, … */
    Page api(String method, String path, String json, String... headers) {
        var request = request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        for (int index = 0; index < headers.length; index += 2) {
            request.header(headers[index], headers[index + 1]);
        }
        return send(request);
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** This browser with a cookie set by hand, e.g. one kept from before it was cleared. */
    Browser withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** Another browser holding this one's cookies, e.g. against a second instance of the service. */
    Browser sameCookiesAt(URI otherBase) {
        var other = new Browser(otherBase);
        other.cookies.putAll(cookies);
        return other;
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var page = new Page(response.statusCode(), response.body(), response.headers().map());
            page.setCookies().forEach(this::keep);
            return page;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private void keep(String setCookie) {
        var nameValue = setCookie.split(";", 2)[0];
        var equals = nameValue.indexOf('=');
        var name = nameValue.substring(0, equals).strip();
        var value = nameValue.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

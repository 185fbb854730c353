package ch.opsfabric.adapters.http;

import io.micronaut.http.HttpRequest;
import java.util.regex.Pattern;

/** A request's path as the log may show it: the secret of an invitation, reset or review link left out. */
final class LoggedPath {

    private static final Pattern SECRET_SEGMENT = Pattern.compile("^(/app/invite/|/app/reset/|/r/)[^/]+");

    private LoggedPath() {
    }

    static String of(HttpRequest<?> request) {
        return SECRET_SEGMENT.matcher(request.getPath()).replaceFirst("$1…");
    }
}

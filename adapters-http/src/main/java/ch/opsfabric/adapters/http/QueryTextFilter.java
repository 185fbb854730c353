package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Refuses a query parameter whose text cannot be stored or searched (see {@link StorableText}) with 422 naming it. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class QueryTextFilter {

    @RequestFilter
    void refuseUnstorableParameters(HttpRequest<?> request) {
        for (var parameter : request.getParameters()) {
            for (var value : parameter.getValue()) {
                StorableText.flaw(value).ifPresent(reason -> {
                    throw new InvalidValue(parameter.getKey(), reason);
                });
            }
        }
    }
}

package ch.opsfabric.adapters.http.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Serves {@link Assets} by hand rather than through Micronaut's static resources, whose addresses are fixed in
 * the configuration: here the version in the address follows the files' content, so a year's caching is safe.
 */
@Controller("/assets")
@Tag(name = "pages")
final class AssetsController {

    private static final String A_YEAR_UNCHANGED = "public, max-age=31536000, immutable";

    private final Assets assets;

    AssetsController(Assets assets) {
        this.assets = assets;
    }

    @Get("/{version}/{name}")
    @Operation(operationId = "pageAsset", summary = "The pages' stylesheet or htmx, cached for a year")
    @ApiResponse(responseCode = "200", description = "the file, Cache-Control: public, max-age=31536000, immutable")
    @ApiResponse(responseCode = "404", description = "another version (an old page's) or an unknown file")
    HttpResponse<byte[]> asset(@PathVariable String version, @PathVariable String name) {
        return assets.content(version, name)
                .map(bytes -> HttpResponse.ok(bytes)
                        .contentType(name.endsWith(".css") ? MediaType.of("text/css;charset=utf-8")
                                : MediaType.of("text/javascript;charset=utf-8"))
                        .header(HttpHeaders.CACHE_CONTROL, A_YEAR_UNCHANGED))
                .orElseGet(HttpResponse::notFound);
    }
}

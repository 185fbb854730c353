package ch.opsfabric.adapters.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document the build generated from the controllers of this module
 * ({@code META-INF/swagger/opsfabric.yml}), so what is served always matches the code.
 */
@Controller
@Tag(name = "operations")
class OpenApiController {

    static final String DOCUMENT = "META-INF/swagger/opsfabric.yml";
    private static final String YAML = "application/yaml";

    private final byte[] document;

    OpenApiController() {
        try (var in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing: the OpenAPI processor did not run");
            }
            document = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Get(value = "/openapi.yml", produces = YAML)
    @Operation(operationId = "openApiDocument",
            summary = "This OpenAPI document, generated from the code at build time")
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.of(YAML));
    }
}

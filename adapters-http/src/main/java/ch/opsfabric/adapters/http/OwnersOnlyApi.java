package ch.opsfabric.adapters.http;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a controller whose every route only a business's owners may call, by API token or session: who is
 * not signed in is answered 401, staff and cookie requests without the CSRF token 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SecurityRequirement(name = OpenApiDocument.STAFF_TOKEN)
@SecurityRequirement(name = OpenApiDocument.STAFF_SESSION)
@ApiResponse(responseCode = "401", description = "not signed in, or a missing, unknown or revoked token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "the caller is not an owner, or a cookie request lacks X-CSRF-Token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@interface OwnersOnlyApi {
}

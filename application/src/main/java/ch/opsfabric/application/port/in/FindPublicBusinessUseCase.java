package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;
import java.util.Optional;

/** The business behind a public page ({@code /{slug}/…}): anyone may ask, so only an active business is found. */
public interface FindPublicBusinessUseCase {

    /** Empty for an unknown or inactive business. */
    Optional<Tenant> activeBySlug(String slug);
}

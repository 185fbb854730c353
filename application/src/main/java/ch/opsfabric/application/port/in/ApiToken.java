package ch.opsfabric.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** An API token as its business sees it: never its secret. */
public record ApiToken(UUID id, String name, Instant createdAt) {
}

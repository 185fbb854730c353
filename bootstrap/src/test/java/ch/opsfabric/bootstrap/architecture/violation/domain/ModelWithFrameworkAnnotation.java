package ch.opsfabric.bootstrap.architecture.violation.domain;

import io.micronaut.core.annotation.Introspected;

/** Broken on purpose: a domain model carrying a framework annotation. */
@Introspected
public record ModelWithFrameworkAnnotation(String name) {
}

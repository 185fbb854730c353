package ch.opsfabric.bootstrap.architecture.violation.application;

import jakarta.inject.Singleton;

/** Broken on purpose: a use case that a framework annotation makes a bean. */
@Singleton
public final class ServiceWithFrameworkAnnotation {
}

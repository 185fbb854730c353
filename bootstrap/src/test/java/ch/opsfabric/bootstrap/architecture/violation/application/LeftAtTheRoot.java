package ch.opsfabric.bootstrap.architecture.violation.application;

/** Broken on purpose: a class in the application's root package, neither port nor service. */
public final class LeftAtTheRoot {

    private LeftAtTheRoot() {
    }
}

package ch.opsfabric.bootstrap.architecture.violation.util;

/** Broken on purpose: a class in a package that is no layer, which no layer rule would see. */
public final class Stray {

    private Stray() {
    }
}

package ch.opsfabric.bootstrap.architecture.violation.application.port.out;

/** Broken on purpose: an outbound port that is a class, so a use case cannot be given another one. */
public class LoadRowsPort {

    public int count() {
        return 0;
    }
}

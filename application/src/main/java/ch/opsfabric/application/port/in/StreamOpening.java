package ch.opsfabric.application.port.in;

/** Whether a stream opened. */
public sealed interface StreamOpening {

    /** The stream is open; {@link #close} detaches it (idempotent) when its connection ends. */
    non-sealed interface Opened extends StreamOpening {
        void close();
    }

    /** This instance holds its maximum of open streams already. */
    record AtCapacity(int maximum) implements StreamOpening {
    }
}

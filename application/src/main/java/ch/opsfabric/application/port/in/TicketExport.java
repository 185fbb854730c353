package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.TicketView;
import java.util.function.Consumer;

/**
 * A tenant's matching tickets, newest first, handed over one at a time as they are read, so an
 * export of any size never sits in memory as a whole.
 */
@FunctionalInterface
public interface TicketExport {

    /** Reads the tickets and hands each to {@code row}; an exception thrown by {@code row} stops the export. */
    void forEach(Consumer<TicketView> row);
}

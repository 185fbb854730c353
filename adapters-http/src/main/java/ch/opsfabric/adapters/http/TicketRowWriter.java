package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.out.TicketView;
import java.io.IOException;

/** Writes an export row by row as the rows are read; nothing is collected. */
interface TicketRowWriter {

    void begin() throws IOException;

    void row(TicketView ticket) throws IOException;

    /** Writes what closes the document and flushes; the stream itself is closed by the caller. */
    void end() throws IOException;
}

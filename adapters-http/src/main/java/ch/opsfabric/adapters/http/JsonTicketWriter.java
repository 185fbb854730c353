package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.out.TicketView;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The export as one JSON array of tickets in the list's shape, written element by element. */
final class JsonTicketWriter implements TicketRowWriter {

    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;
    private final JsonMapper json;
    private boolean first = true;

    JsonTicketWriter(OutputStream out, JsonMapper json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void begin() throws IOException {
        out.write('[');
    }

    @Override
    public void row(TicketView ticket) throws IOException {
        if (!first) {
            out.write(SEPARATOR);
        }
        first = false;
        out.write(json.writeValueAsBytes(StaffTicket.of(ticket)));
    }

    @Override
    public void end() throws IOException {
        out.write(']');
        out.flush();
    }
}

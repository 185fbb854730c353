package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.phone.PhoneNumber;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * The export as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads the file as
 * Windows-1252 and garbles umlauts), CRLF line ends, comma separated, quoted by FastCSV where a
 * value holds a comma, quote or line break, and every text cell defused by {@link SpreadsheetCell}.
 */
final class CsvTicketWriter implements TicketRowWriter {

    static final String[] HEADER = {"id", "created_at", "source", "status", "urgency", "intent", "contact_name",
            "contact_phone", "contact_email", "summary", "metadata", "updated_at", "sla_deadline", "job_completed_at",
            "scheduled_at", "review_request_sent_at", "review_clicked"};

    private final Writer text;
    private final CsvWriter csv;
    private final JsonMapper json;

    CsvTicketWriter(OutputStream out, JsonMapper json) {
        this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
        this.json = json;
    }

    @Override
    public void begin() throws IOException {
        text.write('\uFEFF');
        csv.writeRecord(HEADER);
    }

    @Override
    public void row(TicketView view) throws IOException {
        var ticket = view.ticket();
        var contact = ticket.contact();
        csv.writeRecord(ticket.id().toString(), time(ticket.createdAt()), ticket.source().code(),
                ticket.status().name(), ticket.urgency().name(), SpreadsheetCell.text(ticket.intent()),
                SpreadsheetCell.text(contact.name().orElse(null)),
                SpreadsheetCell.text(contact.phone().map(PhoneNumber::e164).orElse(null)),
                SpreadsheetCell.text(contact.email().orElse(null)), SpreadsheetCell.text(ticket.summary()),
                SpreadsheetCell.text(json.writeValueAsString(ticket.metadata())), time(ticket.updatedAt()),
                time(ticket.slaDeadline()), time(ticket.jobCompletedAt()), time(view.scheduledAt()),
                time(view.reviewRequestSentAt()), String.valueOf(view.reviewClicked()));
    }

    @Override
    public void end() throws IOException {
        csv.flush();
        text.flush();
    }

    private static String time(Instant instant) {
        return Objects.toString(instant, "");
    }
}

package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/tickets/export over real HTTP and PostgreSQL: CSV for Excel, JSON, the list's filters, one business. */
@MicronautTest(transactional = false)
class TicketExportTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger(1000);
    private static final List<String> HEADER = List.of("id", "created_at", "source", "status", "urgency", "intent",
            "contact_name", "contact_phone", "contact_email", "summary", "metadata", "updated_at", "sla_deadline",
            "job_completed_at", "scheduled_at", "review_request_sent_at", "review_clicked");
    private static final int SUMMARY = HEADER.indexOf("summary");
    private static final int NAME = HEADER.indexOf("contact_name");
    private static final int PHONE = HEADER.indexOf("contact_phone");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Api api;
    private String slug;
    private StaffApi staff;
    private Download download;

    @BeforeEach
    void newBusiness() {
        api = new Api(http);
        slug = "export-" + SLUGS.incrementAndGet();
        var token = (String) api.provision(slug).get("staff_token");
        staff = new StaffApi(api, token);
        download = new Download(server.getURI(), token);
    }

    @Test
    void the_csv_is_an_attachment_in_utf8_with_a_byte_order_mark_and_a_header() {
        var answer = download.get("format=csv");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        assertThat(answer.disposition()).startsWith("attachment").contains("tickets-" + slug + ".csv");
        assertThat(answer.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(answer.records()).singleElement()
                .satisfies(header -> assertThat(header.getFields()).containsExactlyElementsOf(HEADER));
    }

    @Test
    void commas_quotes_and_line_breaks_in_a_summary_survive_the_csv() {
        var summary = "Heizung, Küche: \"kalt\"\nbitte rasch; danke";
        staff.newTicket("Anna Muster", nextPhone(), summary);

        var ticket = onlyRow(download.get("format=csv"));

        assertThat(ticket.getField(SUMMARY)).isEqualTo(summary);
    }

    @Test
    void umlauts_arrive_as_written() {
        staff.newTicket("Jürg Müller-Weiß, Zürich", nextPhone(), "Wärmepumpe läuft nicht – Störung Ä Ö Ü é à");

        var ticket = onlyRow(download.get(""));

        assertThat(ticket.getField(NAME)).isEqualTo("Jürg Müller-Weiß, Zürich");
        assertThat(ticket.getField(SUMMARY)).isEqualTo("Wärmepumpe läuft nicht – Störung Ä Ö Ü é à");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_an_apostrophe() {
        staff.newTicket("=HYPERLINK(\"http://evil.example\",\"Klick\")", nextPhone(), "@SUM(1+1)*cmd|' /C calc'!A0");
        var minus = StaffApi.manualTicket("-2+3", nextPhone(), "+Rückruf");
        staff.create(minus);
        staff.create(StaffApi.manualTicket("Beat Keller", nextPhone(), "harmlos = gut"));

        var cells = download.get("format=csv").records().stream().skip(1)
                .flatMap(record -> java.util.stream.Stream.of(record.getField(NAME), record.getField(SUMMARY),
                        record.getField(PHONE)))
                .toList();

        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"Klick\")", "'@SUM(1+1)*cmd|' /C calc'!A0",
                "'-2+3", "'+Rückruf", "harmlos = gut");
        assertThat(cells).filteredOn(cell -> cell.startsWith("+41")).isEmpty();
        assertThat(cells).filteredOn(cell -> !cell.isEmpty()).allSatisfy(cell ->
                assertThat("=+-@\t\r").doesNotContain(cell.substring(0, 1)));
    }

    @Test
    void the_export_takes_the_filters_of_the_list() {
        var calm = staff.newTicket("Ruth Gerber", nextPhone(), "Offerte Badezimmer");
        var urgentPost = StaffApi.manualTicket("Max Frei", nextPhone(), "Rohrbruch im Keller");
        urgentPost.put("urgency", "HIGH");
        var urgent = (String) staff.create(urgentPost).body().get("id");
        var wizard = (String) api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");

        assertThat(ids(download.get("format=csv&urgency=HIGH"))).containsExactly(urgent);
        assertThat(ids(download.get("format=csv&source=wizard"))).containsExactly(wizard);
        assertThat(ids(download.get("format=csv&q=badezimmer"))).containsExactly(calm);
        assertThat(ids(download.get("format=csv&status=DONE"))).isEmpty();
        assertThat(ids(download.get("format=csv"))).containsExactlyInAnyOrder(wizard, urgent, calm);
    }

    @Test
    void the_export_finds_a_name_however_its_umlaut_is_typed_as_the_list_does() {
        var mueller = staff.newTicket("Hans Müller", nextPhone(), "Heizung kalt");
        var transcribed = staff.newTicket("Petra Mueller", nextPhone(), "Gerät defekt");
        staff.newTicket("Hans Meier", nextPhone(), "Heizung kalt");

        assertThat(ids(download.get("format=csv&q=muller"))).containsExactlyInAnyOrder(mueller, transcribed);
        assertThat(ids(download.get("format=csv&q=MUELLER"))).containsExactlyInAnyOrder(mueller, transcribed);
        assertThat(ids(download.get("format=csv&q=gerat"))).containsExactly(transcribed);
    }

    @Test
    void another_business_s_tickets_never_appear_whatever_the_filter() {
        var own = staff.newTicket("Eigene Kundin", nextPhone(), "Boiler entkalken");
        var other = StaffApi.forNewBusiness(api, "export-andere-" + SLUGS.incrementAndGet());
        var foreignPhone = nextPhone();
        other.newTicket("Fremde Kundin", foreignPhone, "Boiler entkalken");

        assertThat(ids(download.get("format=csv"))).containsExactly(own);
        assertThat(ids(download.get("format=csv&q=Fremde"))).isEmpty();
        assertThat(ids(download.get("format=csv&q=" + foreignPhone.replace(" ", "")))).isEmpty();
        assertThat(download.get("format=json").text()).doesNotContain("Fremde");
    }

    @Test
    void the_json_export_is_one_array_of_tickets_in_the_shape_of_the_list() throws IOException {
        var first = staff.newTicket("Anna Muster", nextPhone(), "Wasserhahn tropft");
        var second = staff.newTicket("Beat Keller", nextPhone(), "Heizung kalt");

        var answer = download.get("format=json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.disposition()).contains("tickets-" + slug + ".json");
        List<Map<String, Object>> tickets = json.readValue(answer.body(),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(tickets).extracting(ticket -> ticket.get("id")).containsExactlyInAnyOrder(first, second);
        var listed = new java.util.HashMap<>(staff.detail(first).body());
        listed.remove("events");
        listed.remove("timeline");
        assertThat(tickets).filteredOn(ticket -> first.equals(ticket.get("id"))).singleElement()
                .satisfies(ticket -> assertThat(ticket).containsExactlyInAnyOrderEntriesOf(listed));
    }

    @Test
    void an_empty_json_export_is_an_empty_array() {
        assertThat(download.get("format=json").text()).isEqualTo("[]");
    }

    @Test
    void an_unknown_format_or_filter_is_refused_naming_it_and_a_missing_token_is_unauthorized() {
        var wrongFormat = download.get("format=xlsx");
        assertThat(wrongFormat.status()).isEqualTo(422);
        assertThat(wrongFormat.text()).contains("\"field\":\"format\"");
        var wrongStatus = download.get("status=OFFEN");
        assertThat(wrongStatus.status()).isEqualTo(422);
        assertThat(wrongStatus.text()).contains("\"field\":\"status\"");
        assertThat(new Download(server.getURI(), "wrong").get("format=csv").status()).isEqualTo(401);
    }

    @Test
    void a_hundred_thousand_tickets_stream_out_completely() {
        var customerId = rows.one("SELECT id::text AS id FROM customers WHERE slug = ?", slug).get("id");
        rows.execute("""
                INSERT INTO tickets (id, customer_id, source, status, urgency, contact_phone, contact_name, summary,
                                     metadata, created_at, updated_at)
                SELECT gen_random_uuid(), '%s', 'manual', 'NEW', 'MED', '+4179' || lpad(n::text, 7, '0'),
                       'Kundin ' || n, 'Anfrage Nummer ' || n || ', mit Komma und "Zitat"', '{"plz": "8001"}',
                       timestamptz '2026-11-24 09:00Z' - n * interval '1 second',
                       timestamptz '2026-11-24 09:00Z' - n * interval '1 second'
                FROM generate_series(1, 100000) AS n""".formatted(customerId));

        assertThat(download.countCsvRows("format=csv")).isEqualTo(100_000);
    }

    private static CsvRecord onlyRow(Download.Answer answer) {
        var records = answer.records();
        assertThat(records).hasSize(2);
        return records.get(1);
    }

    private static List<String> ids(Download.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return answer.records().stream().skip(1).map(record -> record.getField(0)).toList();
    }

    private static String nextPhone() {
        return "079 555 " + PHONES.incrementAndGet() / 100 + " " + String.format("%02d", PHONES.get() % 100);
    }
}

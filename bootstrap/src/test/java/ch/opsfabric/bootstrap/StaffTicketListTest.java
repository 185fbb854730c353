package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/tickets over real HTTP and PostgreSQL: keyset pages, filters and search, one business at a time. */
@MicronautTest(transactional = false)
class StaffTicketListTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    @Inject
    MutableClock clock;

    private Api api;
    private String slug;
    private StaffApi staff;

    @BeforeEach
    void newBusiness() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        slug = "liste-" + SLUGS.incrementAndGet();
        staff = StaffApi.forNewBusiness(api, slug);
    }

    @Test
    void the_list_walks_every_ticket_once_while_new_tickets_arrive_between_pages() {
        var existing = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            existing.add(anotherTicket());
            clock.advance(Duration.ofMinutes(1));
        }
        // Six tickets share one instant: the id decides their order, and no page boundary may lose one.
        for (int i = 0; i < 6; i++) {
            existing.add(anotherTicket());
        }
        clock.advance(Duration.ofMinutes(1));

        var seen = new ArrayList<String>();
        var pages = 0;
        String cursor = null;
        do {
            var page = cursor == null ? staff.list("limit", "4") : staff.list("limit", "4", "cursor", cursor);
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(StaffApi.ids(page));
            cursor = (String) page.body().get("next_cursor");
            pages++;
            anotherTicket();
            clock.advance(Duration.ofSeconds(30));
        } while (cursor != null);

        assertThat(pages).isEqualTo(4);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(existing);
        assertThat(seen).containsExactlyElementsOf(rows.list("SELECT id::text AS id FROM tickets "
                + "ORDER BY created_at DESC, id DESC").stream().map(row -> (String) row.get("id"))
                .filter(existing::contains).toList());
    }

    @Test
    void the_last_page_answers_next_cursor_null_and_the_default_page_holds_fifty() {
        for (int i = 0; i < 51; i++) {
            anotherTicket();
        }

        var first = staff.list();
        var second = staff.list("cursor", (String) first.body().get("next_cursor"));

        assertThat(StaffApi.ids(first)).hasSize(50);
        assertThat(StaffApi.ids(second)).hasSize(1);
        assertThat(second.body()).containsEntry("next_cursor", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-3", "fünfzig", "1.5"})
    void a_limit_outside_1_to_200_is_refused_naming_limit(String limit) {
        var answer = staff.list("limit", limit);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbled", "djF8bm90LWEtdGltZXxub3QtYS11dWlk", "%%%", "djJ8MjAyNi0xMS0yNFQwOTowMDowMFp8MQ"})
    void a_garbled_cursor_is_refused_naming_cursor(String cursor) {
        var answer = staff.list("cursor", cursor);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "cursor");
    }

    @Test
    void the_status_filter_takes_one_or_several_states() {
        var fresh = anotherTicket();
        var scheduled = anotherTicket();
        var done = anotherTicket();
        staff.patch(scheduled, Map.of("status", "SCHEDULED", "scheduled_at", "2026-11-26T08:00:00Z"));
        staff.patch(done, Map.of("status", "DONE"));

        assertThat(StaffApi.ids(staff.list("status", "SCHEDULED"))).containsExactly(scheduled);
        assertThat(StaffApi.ids(staff.list("status", "NEW,DONE"))).containsExactlyInAnyOrder(fresh, done);
        assertThat(StaffApi.ids(staff.list("status", "new", "status", "scheduled")))
                .containsExactlyInAnyOrder(fresh, scheduled);
        assertThat(staff.list("status", "OPEN").body()).containsEntry("field", "status");
    }

    @Test
    void the_urgency_filter_finds_urgent_tickets() {
        var calm = anotherTicket();
        var urgentPost = StaffApi.manualTicket("Ruedi Rohr", nextPhone(), "Keller unter Wasser");
        urgentPost.put("urgency", "HIGH");
        var urgent = (String) staff.create(urgentPost).body().get("id");

        assertThat(StaffApi.ids(staff.list("urgency", "HIGH"))).containsExactly(urgent);
        assertThat(StaffApi.ids(staff.list("urgency", "LOW,MED"))).containsExactly(calm);
        assertThat(staff.list("urgency", "SOFORT").body()).containsEntry("field", "urgency");
    }

    @Test
    void the_source_filter_tells_wizard_requests_from_manual_ones() {
        var manual = anotherTicket();
        var wizardPost = Api.wizardPost(slug);
        var wizard = (String) api.postTicket(wizardPost).body().get("ticket_id");

        assertThat(StaffApi.ids(staff.list("source", "wizard"))).containsExactly(wizard);
        assertThat(StaffApi.ids(staff.list("source", "manual"))).containsExactly(manual);
        assertThat(staff.list("source", "fax").body()).containsEntry("field", "source");
    }

    @Test
    void from_and_to_take_instants_and_whole_days_in_the_business_time_zone() {
        clock.setZurich(2026, 11, 23, 23, 30);
        var mondayLate = anotherTicket();
        clock.setZurich(2026, 11, 24, 0, 15);
        var tuesdayEarly = anotherTicket();
        clock.setZurich(2026, 11, 24, 23, 45);
        var tuesdayLate = anotherTicket();
        clock.setZurich(2026, 11, 25, 8, 0);
        var wednesday = anotherTicket();

        // 2026-11-24 is Tuesday in Zurich: from 23 Nov 23:00 UTC to 24 Nov 23:00 UTC.
        assertThat(StaffApi.ids(staff.list("from", "2026-11-24", "to", "2026-11-24")))
                .containsExactly(tuesdayLate, tuesdayEarly);
        assertThat(StaffApi.ids(staff.list("from", "2026-11-24T23:00:00Z")))
                .containsExactly(wednesday);
        assertThat(StaffApi.ids(staff.list("to", "2026-11-23T22:30:00Z"))).isEmpty();
        assertThat(StaffApi.ids(staff.list("to", "2026-11-23T22:30:00.000001Z"))).containsExactly(mondayLate);
        assertThat(StaffApi.ids(staff.list("from", "2026-11-24T00:00:00+01:00", "to", "2026-11-25T00:00:00+01:00")))
                .containsExactly(tuesdayLate, tuesdayEarly);
    }

    @Test
    void unreadable_or_reversed_time_bounds_are_refused_naming_the_bound() {
        assertThat(staff.list("from", "gestern").body()).containsEntry("field", "from");
        assertThat(staff.list("to", "2026-11-24T10:00:00").body()).containsEntry("field", "to");
        var reversed = staff.list("from", "2026-11-25", "to", "2026-11-24");
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.body()).containsEntry("field", "to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"079 123 45 67", "0791234567", "+41 79 123 45 67", "+41791234567", "0041 79 123 45 67",
            "+41 (0)79 123 45 67", "079/123.45.67", "123 45 67", "79 123"})
    void the_phone_is_found_in_any_spelling(String spelling) {
        var anna = staff.newTicket("Anna Muster", "079 123 45 67", "Boiler tropft");
        staff.newTicket("Beat Brunner", "078 111 22 33", "Heizung kalt");

        assertThat(StaffApi.ids(staff.list("q", spelling))).containsExactly(anna);
    }

    @Test
    void text_is_found_in_name_and_summary_whatever_the_case() {
        var anna = staff.newTicket("Anna Muster", "079 123 45 67", "Boiler tropft");
        var beat = staff.newTicket("Beat Brunner", "078 111 22 33", "Heizung kalt, Boiler ok");

        assertThat(StaffApi.ids(staff.list("q", "muster"))).containsExactly(anna);
        assertThat(StaffApi.ids(staff.list("q", "BOILER"))).containsExactlyInAnyOrder(anna, beat);
        assertThat(StaffApi.ids(staff.list("q", "heizung", "status", "NEW"))).containsExactly(beat);
        assertThat(StaffApi.ids(staff.list("q", "100%"))).isEmpty();
        assertThat(StaffApi.ids(staff.list("q", "B_iler"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"muller", "mueller", "MULLER", "Muller", "Müller", "MÜLLER", "müller", "Mueller"})
    void a_name_with_an_umlaut_is_found_however_the_umlaut_is_typed(String spelling) {
        var mueller = staff.newTicket("Hans Müller", nextPhone(), "Heizung kalt");
        var transcribed = staff.newTicket("Petra Mueller", nextPhone(), "Boiler tropft");
        staff.newTicket("Hans Meier", nextPhone(), "Heizung kalt");

        assertThat(StaffApi.ids(staff.list("q", spelling))).containsExactlyInAnyOrder(mueller, transcribed);
    }

    @Test
    void accents_and_umlauts_in_name_and_summary_are_found_without_them() {
        var andre = staff.newTicket("André Favre", nextPhone(), "Gerät in der Küche defekt");
        var strasse = staff.newTicket("Zoë Lüthi", nextPhone(), "Leck an der Bahnhofstraße");
        staff.newTicket("Anna Muster", nextPhone(), "Heizung kalt");

        assertThat(StaffApi.ids(staff.list("q", "andre favre"))).containsExactly(andre);
        assertThat(StaffApi.ids(staff.list("q", "Andre"))).containsExactly(andre);
        assertThat(StaffApi.ids(staff.list("q", "geraet"))).containsExactly(andre);
        assertThat(StaffApi.ids(staff.list("q", "kuche"))).containsExactly(andre);
        assertThat(StaffApi.ids(staff.list("q", "zoe luethi"))).containsExactly(strasse);
        assertThat(StaffApi.ids(staff.list("q", "bahnhofstrasse"))).containsExactly(strasse);
        assertThat(StaffApi.ids(staff.list("q", "Bahnhofstraße"))).containsExactly(strasse);
    }

    @Test
    void wildcards_stay_characters_after_folding() {
        var percent = staff.newTicket("Rabatt Kunde", nextPhone(), "Offerte mit 10% Rabatt");
        staff.newTicket("Andere Kundin", nextPhone(), "Offerte mit 10 Franken Rabatt");

        // the full-width ％ folds to %, which must still be the character, not "anything"
        assertThat(StaffApi.ids(staff.list("q", "10％"))).containsExactly(percent);
        assertThat(StaffApi.ids(staff.list("q", "10%"))).containsExactly(percent);
        assertThat(StaffApi.ids(staff.list("q", "10_"))).isEmpty();
    }

    private String anotherTicket() {
        return staff.newTicket("Kundin " + PHONES.get(), nextPhone(), "Anliegen");
    }

    /** A different Swiss mobile for every ticket, so none joins another (dedupe). */
    private static String nextPhone() {
        return "079 555 " + PHONES.incrementAndGet();
    }

}

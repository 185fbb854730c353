package ch.opsfabric.application.privacy;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.DataSubject;
import ch.opsfabric.application.port.in.DataSubjectErasure;
import ch.opsfabric.application.port.out.ErasedRows;
import ch.opsfabric.application.port.out.ErasureLogPort;
import ch.opsfabric.application.port.out.PersonKey;
import ch.opsfabric.application.port.out.PersonalDataPort;
import ch.opsfabric.application.port.out.PersonalRows;
import ch.opsfabric.testsupport.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * docs/privacy.md, Data-subject requests: the erasure and its record belong to one transaction of the business, and
 * the record holds counts and a time, never the person.
 */
class AnsweringADataSubjectRequestTest {

    private static final Instant NOW = Zurich.at("2026-12-03T10:00");
    private static final UUID BUSINESS = aTenant().build().id();
    private static final ErasedRows COUNTS = new ErasedRows(2, 9, 5, 1, 3, 1, 1, 0, 1);

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTenants tenants = new InMemoryTenants().with(aTenant().build());
    private final Personal personal = new Personal();
    private final List<String> log = new ArrayList<>();
    private final ErasureLogPort erasures = (id, customerId, erasedAt, counts) -> log.add(
            "record " + id + " " + customerId + " " + erasedAt + " " + counts + " in " + transactions.current() + " for "
                    + transactions.tenant().orElseThrow());
    private final DataSubjectService service = new DataSubjectService(new MutableClock(NOW), transactions, tenants,
            personal, erasures, new SequentialIds());

    /** Answers fixed rows and counts, noting in which transaction and for which tenant it was asked. */
    private final class Personal implements PersonalDataPort {

        @Override
        public PersonalRows find(UUID customerId, PersonKey person) {
            log.add("find " + person + " for " + transactions.tenant().orElseThrow());
            var row = List.<Map<String, Object>>of(Map.of("id", "t1"));
            return new PersonalRows(row, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }

        @Override
        public ErasedRows erase(UUID customerId, PersonKey person, Instant now) {
            log.add("erase " + person + " at " + now + " in " + transactions.current() + " for "
                    + transactions.tenant().orElseThrow());
            return COUNTS;
        }
    }

    private static DataSubject erika() {
        return DataSubject.of(BUSINESS, "079 555 12 34", null);
    }

    @Test
    void the_erasure_and_its_record_happen_in_one_transaction_of_the_business() {
        var erased = service.erase(erika());

        assertThat(erased).isEqualTo(new DataSubjectErasure(2, 9, 5, 1, 3, 1, 1, 0, 1));
        assertThat(log).containsExactly(
                "erase ByPhone[number=+41795551234] at " + NOW + " in 1 for " + BUSINESS,
                "record " + new UUID(0, 1) + " " + BUSINESS + " " + NOW + " " + COUNTS + " in 1 for " + BUSINESS);
    }

    @Test
    void a_request_by_address_looks_the_person_up_by_address() {
        var rows = service.find(DataSubject.of(BUSINESS, null, "erika@example.ch"));

        assertThat(rows.tickets()).containsExactly(Map.of("id", "t1"));
        assertThat(log).containsExactly("find ByEmail[address=erika@example.ch] for " + BUSINESS);
    }

    @Test
    void an_unknown_business_is_not_found_and_nothing_is_erased_or_recorded() {
        var unknown = DataSubject.of(UUID.randomUUID(), "079 555 12 34", null);

        assertThatThrownBy(() -> service.erase(unknown)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.find(unknown)).isInstanceOf(NotFound.class);
        assertThat(log).isEmpty();
    }
}

package ch.opsfabric.application.intake;

import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.domain.ticket.Actor;
import java.util.List;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.OutboundSms;
import static ch.opsfabric.application.fixtures.InquiryPost.MOBILE_E164;
import static ch.opsfabric.application.fixtures.InquiryPost.aWizardPost;
import static ch.opsfabric.application.fixtures.TenantFixture.TENANT_ID;
import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryEmailQueue;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.fakes.InMemoryWizardVisits;
import ch.opsfabric.application.fakes.RecordingConsents;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.email.CustomerMail;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.application.sms.UrgentAlerts;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.SlaCalculator;
import ch.opsfabric.domain.time.SwissPublicHolidays;
import ch.opsfabric.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/domain-rules.md, Dedupe to Confirmations: a wizard or manual request becomes a ticket, or joins today's open
 * one, and is confirmed.
 */
class SubmittingAnInquiryTest {

    private static final Instant TUESDAY_MORNING = Zurich.at("2026-03-10T10:00");

    private final MutableClock clock = new MutableClock(TUESDAY_MORNING);
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTenants tenants = new InMemoryTenants().with(aTenant().build());
    private final InMemoryTickets tickets = new InMemoryTickets(transactions);
    private final InMemorySmsQueue smsQueue = new InMemorySmsQueue(transactions);
    private final InMemoryEmailQueue emails = new InMemoryEmailQueue();
    private final SequentialIds ids = new SequentialIds();
    private final RecordingConsents consents = new RecordingConsents();
    private final InMemoryWizardVisits visits = new InMemoryWizardVisits();

    private SubmitInquiryService service() {
        return serviceStoringIn(tickets);
    }

    private SubmitInquiryService serviceStoringIn(TicketStorePort store) {
        var inbox = new BusinessInbox(emails, ids, "https://ops.example/dashboard/tickets", new LibphonenumberPlan());
        var alerts = new UrgentAlerts(smsQueue, ids, "https://ops.example/dashboard/tickets", new LibphonenumberPlan());
        return new SubmitInquiryService(clock, transactions, tenants, intakeStoringIn(store),
                new Confirmations(smsQueue, new InMemoryOptOuts(), ids, new LibphonenumberPlan()), consents, new ConsentVersion("2026-02-10"),
                visits, new CustomerMail(emails, ids, Optional.of("mail.opsfabric.example")));
    }

    private TicketIntake intakeStoringIn(TicketStorePort store) {
        var inbox = new BusinessInbox(emails, ids, "https://ops.example/dashboard/tickets", new LibphonenumberPlan());
        var alerts = new UrgentAlerts(smsQueue, ids, "https://ops.example/dashboard/tickets", new LibphonenumberPlan());
        return new TicketIntake(store, tickets, inbox, alerts, new SlaCalculator(new SwissPublicHolidays()), ids,
                (customer, ticket, now) -> Optional.empty());
    }

    @Test
    void inquiries_recorded_together_end_as_if_recorded_one_after_the_other() {
        var tenant = tenants.byId(TENANT_ID).orElseThrow();
        var anna = aWizardPost().build().inquiry();
        var beat = aWizardPost().withContactName("Beat Frei").withContactPhone("078 111 22 33").build().inquiry();
        var annaAgain = aWizardPost().withSummary("Auch der Keller ist nass").build().inquiry();

        var recorded = transactions.forTenant(TENANT_ID, () -> intakeStoringIn(tickets).recordAll(tenant,
                Stream.of(anna, beat, annaAgain).map(inquiry -> new TicketIntake.Request(inquiry, Actor.CUSTOMER,
                        Optional.empty())).toList(), TUESDAY_MORNING));

        assertThat(recorded).extracting(TicketIntake.Recorded::merged).containsExactly(false, false, true);
        assertThat(recorded.get(2).ticket().id()).isEqualTo(recorded.get(0).ticket().id());
        assertThat(tickets.all()).hasSize(2);
        assertThat(tickets.eventsOf(recorded.get(0).ticket().id())).extracting(TicketEvent::type)
                .containsExactly(EventType.CREATED, EventType.DEDUPE_MERGED);
        assertThat(emails.emails()).extracting(OutboundEmail::ticketId)
                .containsExactly(recorded.get(0).ticket().id(), recorded.get(1).ticket().id());
    }

    private Ticket onlyTicket() {
        assertThat(tickets.all()).hasSize(1);
        return tickets.all().getFirst();
    }

    @Test
    void a_new_inquiry_opens_a_ticket_in_state_new() {
        var outcome = service().submit(aWizardPost().build());

        var ticket = onlyTicket();
        assertThat(ticket.id()).isEqualTo(outcome.ticketId());
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.customerId()).isEqualTo(TENANT_ID);
        assertThat(ticket.source()).isEqualTo(TicketSource.WIZARD);
        assertThat(ticket.contact().phone()).contains(new PhoneNumber(MOBILE_E164));
        assertThat(ticket.summary()).isEqualTo("Wasserhahn in der Küche tropft");
        assertThat(ticket.createdAt()).isEqualTo(TUESDAY_MORNING);
        assertThat(outcome.dedupeMatched()).isFalse();
    }

    @Test
    void a_new_ticket_starts_its_log_with_a_created_event_of_its_tenant() {
        var outcome = service().submit(aWizardPost().build());

        assertThat(tickets.eventsOf(outcome.ticketId())).extracting(TicketEvent::type).containsExactly(EventType.CREATED);
        assertThat(tickets.storedEvents()).allSatisfy(stored -> assertThat(stored.customerId()).isEqualTo(TENANT_ID));
    }

    @Test
    void the_sla_deadline_counts_the_tenants_response_minutes_outside_quiet_hours() {
        tenants.with(aTenant().withSlaResponseMinutes(30).build());
        clock.set(Zurich.at("2026-03-10T20:45"));

        service().submit(aWizardPost().build());

        // 15 minutes before quiet hours begin at 21:00, the other 15 after they end at 07:00
        assertThat(onlyTicket().slaDeadline()).isEqualTo(Zurich.at("2026-03-11T07:15"));
    }

    @Test
    void the_confirmation_promises_an_answer_by_the_sla_deadline() {
        var outcome = service().submit(aWizardPost().build());

        assertThat(outcome.confirmationQueued()).isTrue();
        var queued = smsQueue.only().sms();
        assertThat(queued.to()).isEqualTo(new PhoneNumber(MOBILE_E164));
        assertThat(queued.ticketId()).isEqualTo(outcome.ticketId());
        assertThat(queued.body()).isEqualTo("Danke Anna Meier, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.");
    }

    @Test
    void a_same_day_repeat_from_the_same_phone_joins_the_open_ticket() {
        var first = service().submit(aWizardPost().build());
        clock.set(Zurich.at("2026-03-10T16:00"));

        var repeat = service().submit(aWizardPost().withContactPhone("+41 76 456 78 90")
                .withSummary("Jetzt tropft es stärker").build());

        assertThat(repeat.ticketId()).isEqualTo(first.ticketId());
        assertThat(repeat.dedupeMatched()).isTrue();
        assertThat(onlyTicket().summary()).isEqualTo("Wasserhahn in der Küche tropft\nJetzt tropft es stärker");
    }

    @Test
    void joining_the_open_ticket_writes_a_dedupe_merged_event() {
        var first = service().submit(aWizardPost().build());
        clock.advance(Duration.ofHours(1));

        service().submit(aWizardPost().build());

        assertThat(tickets.eventsOf(first.ticketId())).extracting(TicketEvent::type)
                .containsExactly(EventType.CREATED, EventType.DEDUPE_MERGED);
    }

    @ParameterizedTest(name = "{0} then {1} -> {2}")
    @CsvSource({"MED, HIGH, HIGH", "HIGH, LOW, HIGH", "LOW, MED, MED"})
    void the_joined_ticket_keeps_the_higher_urgency(String first, String repeat, Urgency expected) {
        service().submit(aWizardPost().withUrgency(first).build());
        clock.advance(Duration.ofHours(1));

        service().submit(aWizardPost().withUrgency(repeat).build());

        assertThat(onlyTicket().urgency()).isEqualTo(expected);
    }

    @Test
    void a_same_day_repeat_from_the_same_email_address_in_other_letters_joins_the_open_ticket() {
        var first = service().submit(aWizardPost().withContactPhone(null).withContactEmail("Anna.Meier@Example.ch").build());
        clock.advance(Duration.ofHours(1));

        var repeat = service().submit(aWizardPost().withContactPhone(null).withContactEmail("anna.meier@example.ch").build());

        assertThat(repeat.ticketId()).isEqualTo(first.ticketId());
        assertThat(repeat.dedupeMatched()).isTrue();
    }

    @Test
    void a_repeat_after_local_midnight_opens_a_new_ticket_even_on_the_same_utc_date() {
        clock.set(Zurich.at("2026-03-10T23:30"));
        var lateEvening = service().submit(aWizardPost().build());
        clock.set(Zurich.at("2026-03-11T00:30"));

        var afterMidnight = service().submit(aWizardPost().build());

        assertThat(afterMidnight.ticketId()).isNotEqualTo(lateEvening.ticketId());
        assertThat(afterMidnight.dedupeMatched()).isFalse();
        assertThat(tickets.all()).hasSize(2);
    }

    @Test
    void a_repeat_after_the_ticket_was_closed_opens_a_new_ticket() {
        var first = service().submit(aWizardPost().build());
        var closed = (StatusChange.Moved) tickets.byId(first.ticketId()).moveTo(TicketStatus.CLOSED, TUESDAY_MORNING);
        tickets.put(closed.ticket());
        clock.advance(Duration.ofHours(1));

        var repeat = service().submit(aWizardPost().build());

        assertThat(repeat.ticketId()).isNotEqualTo(first.ticketId());
        assertThat(repeat.dedupeMatched()).isFalse();
        assertThat(tickets.byId(repeat.ticketId()).status()).isEqualTo(TicketStatus.NEW);
        assertThat(tickets.byId(first.ticketId()).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void a_repeat_that_joins_the_ticket_is_not_confirmed_with_the_same_text_again() {
        service().submit(aWizardPost().build());
        clock.advance(Duration.ofHours(1));

        var repeat = service().submit(aWizardPost().build());

        assertThat(repeat.confirmationQueued()).isFalse();
        assertThat(smsQueue.all()).hasSize(1);
    }

    @Test
    void a_repeat_that_makes_the_ticket_urgent_is_confirmed_at_once_with_the_emergency_hint() {
        service().submit(aWizardPost().build());
        clock.advance(Duration.ofMinutes(5));

        var repeat = service().submit(aWizardPost().withUrgency("HIGH").build());

        assertThat(repeat.confirmationQueued()).isTrue();
        assertThat(smsQueue.all()).hasSize(2);
        var urgent = smsQueue.all().getLast().sms();
        assertThat(urgent.body()).contains("Notruf 112");
        assertThat(urgent.dueAt()).isEqualTo(clock.instant());
    }

    @Test
    void an_unknown_slug_is_not_found_and_nothing_is_stored() {
        assertThatThrownBy(() -> service().submit(aWizardPost().withCustomerSlug("nobody-ag").build()))
                .isInstanceOf(NotFound.class);

        assertThat(tickets.all()).isEmpty();
        assertThat(smsQueue.all()).isEmpty();
    }

    @Test
    void an_inactive_tenant_is_not_found_and_nothing_is_stored() {
        tenants.with(aTenant().inactive().build());

        assertThatThrownBy(() -> service().submit(aWizardPost().build())).isInstanceOf(NotFound.class);

        assertThat(tickets.all()).isEmpty();
        assertThat(smsQueue.all()).isEmpty();
    }

    @Test
    void a_wizard_post_to_a_tenant_with_the_wizard_switched_off_is_forbidden_and_nothing_is_stored() {
        tenants.with(aTenant().with(Module.WIZARD, false).build());

        assertThatThrownBy(() -> service().submit(aWizardPost().build())).isInstanceOf(Forbidden.class);

        assertThat(tickets.all()).isEmpty();
        assertThat(smsQueue.all()).isEmpty();
    }

    @Test
    void a_manual_entry_is_still_accepted_with_the_wizard_switched_off() {
        tenants.with(aTenant().with(Module.WIZARD, false).build());

        var outcome = service().submit(aWizardPost().withSource("manual").build());

        assertThat(onlyTicket().id()).isEqualTo(outcome.ticketId());
        assertThat(onlyTicket().source()).isEqualTo(TicketSource.MANUAL);
    }

    @Test
    void each_submission_writes_ticket_events_and_sms_in_one_transaction() {
        service().submit(aWizardPost().build());
        clock.advance(Duration.ofMinutes(5));
        service().submit(aWizardPost().withUrgency("HIGH").build());

        assertThat(transactions.calls()).isEqualTo(2);
        assertThat(tickets.storedEvents()).hasSize(2);
        assertThat(smsQueue.all()).hasSize(2);
        assertThat(tickets.writesOutsideTransactions()).isEmpty();
        assertThat(smsQueue.writesOutsideTransactions()).isEmpty();
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void an_insert_lost_to_a_concurrent_request_joins_the_ticket_that_request_opened() {
        var post = aWizardPost().build();
        var key = DedupeKey.of(TENANT_ID, post.inquiry().contact(), TUESDAY_MORNING, Zurich.ZONE);
        var rivalId = UUID.fromString("99999999-0000-0000-0000-000000000001");
        var rival = Ticket.open(rivalId, TENANT_ID, post.inquiry(), key.orElseThrow(), TUESDAY_MORNING,
                TUESDAY_MORNING.plus(Duration.ofHours(2))).ticket();

        var outcome = serviceStoringIn(new LosingTheFirstInsertTo(rival)).submit(aWizardPost().withUrgency("HIGH").build());

        assertThat(outcome.ticketId()).isEqualTo(rivalId);
        assertThat(outcome.dedupeMatched()).isTrue();
        assertThat(onlyTicket().urgency()).isEqualTo(Urgency.HIGH);
        assertThat(tickets.eventsOf(rivalId)).extracting(TicketEvent::type).containsExactly(EventType.DEDUPE_MERGED);
    }

    @Test
    void a_wizard_ticket_keeps_the_version_of_the_consent_text_its_customer_agreed_to() {
        var outcome = service().submit(aWizardPost().build());

        assertThat(consentOf(outcome.ticketId())).contains(new ConsentVersion("2026-02-10"));
    }

    @Test
    void a_wizard_request_that_joins_an_open_ticket_records_its_consent_on_that_ticket() {
        var manual = service().submit(aWizardPost().withSource("manual").withConsent(null).build());
        var joining = service().submit(aWizardPost().build());

        assertThat(joining.ticketId()).isEqualTo(manual.ticketId());
        assertThat(consentOf(manual.ticketId())).contains(new ConsentVersion("2026-02-10"));
    }

    @Test
    void a_manual_entry_needs_no_consent_and_records_none() {
        var outcome = service().submit(aWizardPost().withSource("manual").withConsent(null).build());

        assertThat(consentOf(outcome.ticketId())).isEmpty();
    }

    @Test
    void a_wizard_request_naming_its_visit_marks_that_visit_as_captured() {
        var visit = UUID.fromString("00000000-0000-4000-8000-000000000001");
        var otherVisit = UUID.fromString("00000000-0000-4000-8000-000000000002");
        visits.record(visit, TENANT_ID, TUESDAY_MORNING);
        visits.record(otherVisit, TENANT_ID, TUESDAY_MORNING);

        service().submit(aWizardPost().withVisitId(visit.toString()).build());

        assertThat(visits.submitted(visit)).isTrue();
        assertThat(visits.submitted(otherVisit)).isFalse();
    }

    @Test
    void a_manual_entry_naming_a_visit_marks_nothing() {
        var visit = UUID.fromString("00000000-0000-4000-8000-000000000003");
        visits.record(visit, TENANT_ID, TUESDAY_MORNING);

        service().submit(aWizardPost().withSource("manual").withVisitId(visit.toString()).build());

        assertThat(visits.submitted(visit)).isFalse();
    }

    /** A new ticket carries its consent from the insert, a joined one gets it from the consent port. */
    private Optional<ConsentVersion> consentOf(UUID ticketId) {
        return tickets.consentOf(ticketId).or(() -> consents.of(ticketId));
    }

    /** The store as another transaction leaves it: that one commits its ticket just before our insert. */
    private final class LosingTheFirstInsertTo implements TicketStorePort {

        private final Ticket rival;
        private boolean lost;

        LosingTheFirstInsertTo(Ticket rival) {
            this.rival = rival;
        }

        @Override
        public Optional<Ticket> lockOpenByDedupeKey(DedupeKey key) {
            return tickets.lockOpenByDedupeKey(key);
        }

        @Override
        public boolean insertUnlessDuplicate(Ticket ticket, Optional<ConsentVersion> consent) {
            if (!lost) {
                lost = true;
                tickets.put(rival);
                return false;
            }
            return tickets.insertUnlessDuplicate(ticket, consent);
        }

        @Override
        public Optional<UUID> findOpenByDedupeKey(DedupeKey key) {
            return tickets.findOpenByDedupeKey(key);
        }

        @Override
        public void update(Ticket ticket) {
            tickets.update(ticket);
        }
    }

    private static final PhoneNumber ALERT_PHONE = new PhoneNumber("+41798887766");

    private List<OutboundSms> alerts() {
        return smsQueue.messages().stream().filter(sms -> sms.purpose() == SmsPurpose.URGENT_ALERT).toList();
    }

    @Test
    void an_urgent_request_sends_one_sms_to_the_business_alert_phone_at_once_even_in_quiet_hours() {
        tenants.with(aTenant().withAlertPhone(ALERT_PHONE).build());
        clock.set(Zurich.at("2026-03-10T23:30"));

        var outcome = service().submit(aWizardPost().withUrgency("HIGH").build());

        var alert = alerts().getFirst();
        assertThat(alerts()).hasSize(1);
        assertThat(alert.to()).isEqualTo(ALERT_PHONE);
        assertThat(alert.ticketId()).isEqualTo(outcome.ticketId());
        assertThat(alert.urgent()).isTrue();
        assertThat(alert.dueAt()).isEqualTo(Zurich.at("2026-03-10T23:30"));
        assertThat(alert.body()).startsWith("NOTFALL: Anna Meier, 076 456 78 90: Wasserhahn in der Küche tropft")
                .endsWith("https://ops.example/dashboard/tickets/" + outcome.ticketId());
    }

    @Test
    void a_request_that_is_not_urgent_sends_no_alert() {
        tenants.with(aTenant().withAlertPhone(ALERT_PHONE).build());

        service().submit(aWizardPost().withUrgency("MED").build());

        assertThat(alerts()).isEmpty();
    }

    @Test
    void a_business_without_an_alert_phone_gets_no_alert_sms() {
        service().submit(aWizardPost().withUrgency("HIGH").build());

        assertThat(alerts()).isEmpty();
    }

    @Test
    void a_repeat_that_makes_the_open_ticket_urgent_sends_the_alert_and_a_further_urgent_repeat_none() {
        tenants.with(aTenant().withAlertPhone(ALERT_PHONE).build());
        service().submit(aWizardPost().withUrgency("MED").build());
        clock.advance(Duration.ofHours(1));

        service().submit(aWizardPost().withUrgency("HIGH").build());
        clock.advance(Duration.ofHours(1));
        service().submit(aWizardPost().withUrgency("HIGH").build());

        assertThat(alerts()).hasSize(1);
    }

    @Test
    void a_request_from_a_contact_with_an_email_and_no_mobile_number_is_confirmed_by_email() {
        var outcome = service().submit(aWizardPost().withContactPhone("044 668 18 00")
                .withContactEmail("anna.meier@example.ch").build());

        assertThat(outcome.confirmationQueued()).isTrue();
        assertThat(smsQueue.messages()).isEmpty();
        assertThat(emails.emails()).filteredOn(email -> email.purpose() == EmailPurpose.CUSTOMER_CONFIRMATION)
                .singleElement().satisfies(email -> {
                    assertThat(email.to()).isEqualTo("anna.meier@example.ch");
                    assertThat(email.replyTo()).isEqualTo("doerfler-ag+" + outcome.ticketId().toString()
                            .replace("-", "").substring(0, 12) + "@mail.opsfabric.example");
                    assertThat(email.body()).contains("Wir melden uns bis heute 12:00.");
                });
    }

    @Test
    void a_request_from_a_mobile_number_is_confirmed_by_sms_not_by_email() {
        service().submit(aWizardPost().withContactEmail("anna.meier@example.ch").build());

        assertThat(emails.emails()).noneMatch(email -> email.purpose() == EmailPurpose.CUSTOMER_CONFIRMATION);
    }
}

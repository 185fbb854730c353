package ch.opsfabric.application.staff;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The Dörfler AG test business and its tickets: a medium-urgency wizard request from a Swiss
 * mobile, opened on Tuesday 24 November 2026 at 10:00 in Zurich. Change only what a test is about.
 */
final class StaffFixtures {

    static final Tenant DOERFLER = new Tenant(UUID.fromString("0b6f2c1e-5d4a-4f3e-9a8b-7c6d5e4f3a2b"),
            TenantProfile.withDefaults("Dörfler AG", "doerfler-ag", "info@doerfler.ch"));
    static final Tenant OTHER_BUSINESS = new Tenant(UUID.fromString("9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"),
            TenantProfile.withDefaults("Heizung Huber GmbH", "heizung-huber", "info@huber.ch"));
    static final Instant OPENED = Instant.parse("2026-11-24T09:00:00Z");
    static final PhoneNumber MOBILE = new PhoneNumber("+41791234567");

    private StaffFixtures() {
    }

    static TicketBuilder aTicket() {
        return new TicketBuilder();
    }

    static final class TicketBuilder {

        private UUID id = UUID.randomUUID();
        private Tenant tenant = DOERFLER;
        private TicketStatus status = TicketStatus.NEW;
        private Urgency urgency = Urgency.MED;
        private Contact contact = Contact.of("Anna Muster", MOBILE, null);
        private Instant createdAt = OPENED;

        TicketBuilder withId(UUID id) {
            this.id = id;
            return this;
        }

        TicketBuilder of(Tenant tenant) {
            this.tenant = tenant;
            return this;
        }

        TicketBuilder withStatus(TicketStatus status) {
            this.status = status;
            return this;
        }

        TicketBuilder withUrgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        TicketBuilder withContact(Contact contact) {
            this.contact = contact;
            return this;
        }

        TicketBuilder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        Ticket build() {
            return new Ticket(id, tenant.id(), TicketSource.WIZARD, status, "sanitaer_reparatur", urgency, contact,
                    "Boiler tropft", Map.of(), null, createdAt, createdAt, createdAt.plus(Duration.ofHours(2)),
                    status == TicketStatus.DONE ? createdAt : null);
        }
    }
}

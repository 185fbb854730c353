package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.application.port.in.BrowseTicketsUseCase;
import ch.opsfabric.application.port.in.ChangeTicketUseCase;
import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketHistoryPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.application.sms.UrgentAlerts;
import ch.opsfabric.application.staff.BrowseTicketsService;
import ch.opsfabric.application.staff.ChangeTicketService;
import ch.opsfabric.application.staff.StaffAuthentication;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the staff API's use cases with plain constructors; the persistence adapter supplies their ports. */
@Factory
class StaffWiring {

    @Singleton
    AuthenticateStaffUseCase authenticateStaff(StaffTokenLookupPort tokens, LoadTenantPort tenants) {
        return new StaffAuthentication(tokens, tenants);
    }

    @Singleton
    BrowseTicketsUseCase browseTickets(Transactions transactions, BrowseTicketsPort tickets,
                                       TicketHistoryPort history) {
        return new BrowseTicketsService(transactions, tickets, history);
    }

    @Singleton
    ChangeTicketUseCase changeTicket(Clock clock, Transactions transactions, LockTicketPort locks,
                                     TicketStorePort store, TicketEventPort events, AppointmentPort appointments,
                                     BrowseTicketsPort tickets, TicketHistoryPort history,
                                     Confirmations confirmations, UrgentAlerts alerts) {
        return new ChangeTicketService(clock, transactions, locks, store, events, appointments, tickets, history,
                confirmations, alerts);
    }
}

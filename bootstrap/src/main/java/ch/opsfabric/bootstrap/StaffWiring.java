package ch.opsfabric.bootstrap;

import ch.opsfabric.application.conversation.ConversationService;
import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.application.port.in.BrowseTicketsUseCase;
import ch.opsfabric.application.port.in.ChangeTicketUseCase;
import ch.opsfabric.application.port.in.ConverseUseCase;
import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.AssignTicketPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.SmsDeliveryPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.ActiveMemberPort;
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
import ch.opsfabric.application.staff.TicketDetails;
import ch.opsfabric.domain.phone.NumberingPlan;
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
    TicketDetails ticketDetails(TicketHistoryPort history, SmsDeliveryPort deliveries) {
        return new TicketDetails(history, deliveries);
    }

    @Singleton
    BrowseTicketsUseCase browseTickets(Transactions transactions, BrowseTicketsPort tickets, TicketDetails details) {
        return new BrowseTicketsService(transactions, tickets, details);
    }

    @Singleton
    ChangeTicketUseCase changeTicket(Clock clock, Transactions transactions, LockTicketPort locks,
                                     TicketStorePort store, TicketEventPort events, AppointmentPort appointments,
                                     BrowseTicketsPort tickets, TicketDetails details, Confirmations confirmations,
                                     ActiveMemberPort members, AssignTicketPort assignments, UrgentAlerts alerts) {
        return new ChangeTicketService(clock, transactions, locks, store, events, appointments, tickets, details,
                confirmations, members, assignments, alerts);
    }

    @Singleton
    ConverseUseCase converse(Clock clock, Transactions transactions, LockTicketPort locks, TicketEventPort events,
                             SmsQueuePort sms, EmailQueuePort email, OptOutPort optOuts, NumberingPlan numbers,
                             IdGenerator ids) {
        return new ConversationService(clock, transactions, locks, events, sms, email, optOuts, numbers, ids);
    }
}

package ch.opsfabric.bootstrap;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.email.EmailDispatcher;
import ch.opsfabric.application.escalation.EscalateOverdueService;
import ch.opsfabric.application.escalation.SlaWarningService;
import ch.opsfabric.application.email.CustomerMail;
import ch.opsfabric.application.intake.ReceiveEmailService;
import ch.opsfabric.application.intake.SubmitInquiryService;
import ch.opsfabric.application.port.in.FindPublicBusinessUseCase;
import ch.opsfabric.application.tenant.PublicBusinessService;
import ch.opsfabric.application.intake.TicketIntake;
import ch.opsfabric.application.missedcall.ForwardCallService;
import ch.opsfabric.application.missedcall.RecordCallService;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.DispatchDueEmailUseCase;
import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.in.EscalateOverdueUseCase;
import ch.opsfabric.application.port.in.OwnerInvitationUseCase;
import ch.opsfabric.application.port.in.ForwardCallUseCase;
import ch.opsfabric.application.port.in.ChangeBusinessSettingsUseCase;
import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.application.port.in.ReceiveEmailUseCase;
import ch.opsfabric.application.port.in.ReceiveReplyUseCase;
import ch.opsfabric.application.port.in.RecordCallUseCase;
import ch.opsfabric.application.port.in.RecordDeliveryUseCase;
import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import ch.opsfabric.application.port.in.WarnBeforeDeadlineUseCase;
import ch.opsfabric.application.port.out.ActiveMemberPort;
import ch.opsfabric.application.port.out.AssignByLoadPort;
import ch.opsfabric.application.port.out.BlocklistPort;
import ch.opsfabric.application.port.out.CallLogPort;
import ch.opsfabric.application.port.out.CallerHistoryPort;
import ch.opsfabric.application.port.out.CapNoticePort;
import ch.opsfabric.application.port.out.ConsentPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.port.out.ConversationPort;
import ch.opsfabric.application.port.out.DeliveryOutcomePort;
import ch.opsfabric.application.port.out.EarlyDeliveryReportsPort;
import ch.opsfabric.application.port.out.EmailDispatchPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.InboundEmailPort;
import ch.opsfabric.application.port.out.TicketReferencePort;
import ch.opsfabric.application.port.out.IntakeCountsPort;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.OverdueTicketsPort;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.SendEmailPort;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SlaWarningPort;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.application.port.out.WizardVisitPort;
import ch.opsfabric.application.reply.InboundLog;
import ch.opsfabric.application.reply.OptOutReplies;
import ch.opsfabric.application.reply.ReceiveReplyService;
import ch.opsfabric.application.reply.TicketReplies;
import ch.opsfabric.application.reply.WizardLinkReply;
import ch.opsfabric.application.reply.WizardLinks;
import ch.opsfabric.application.sms.CapNotices;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.application.sms.UrgentAlerts;
import ch.opsfabric.application.sms.FailedRecipients;
import ch.opsfabric.application.sms.RecordDeliveryService;
import ch.opsfabric.application.sms.SmsDispatcher;
import ch.opsfabric.application.tenant.BusinessSettingsService;
import ch.opsfabric.application.tenant.ProvisionTenantService;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.time.PublicHolidays;
import ch.opsfabric.domain.time.SlaCalculator;
import ch.opsfabric.domain.time.SwissPublicHolidays;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

/** Wires the framework-free core with plain constructors; the adapters supply the ports. */
@Factory
class CoreWiring {

    @Singleton
    PublicAddress publicAddress(AppSettings app) {
        return app.publicAddress();
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator idGenerator() {
        return UUID::randomUUID;
    }

    @Singleton
    SecretGenerator secretGenerator() {
        var random = new SecureRandom();
        return bits -> {
            var bytes = new byte[(bits + 7) / 8];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }

    /** The holiday calendar: one instance, so each canton's year is loaded once for the whole service. */
    @Singleton
    PublicHolidays publicHolidays() {
        return new SwissPublicHolidays();
    }

    /** What libphonenumber says of a number, remembered for the whole service. */
    @Singleton
    NumberingPlan numberingPlan() {
        return new LibphonenumberPlan();
    }

    @Singleton
    SlaCalculator slaCalculator(PublicHolidays holidays) {
        return new SlaCalculator(holidays);
    }

    @Singleton
    Confirmations confirmations(SmsQueuePort queue, OptOutPort optOuts, IdGenerator ids, NumberingPlan numbers) {
        return new Confirmations(queue, optOuts, ids, numbers);
    }

    @Singleton
    BusinessInbox businessInbox(EmailQueuePort queue, IdGenerator ids, PublicAddress publicAddress,
                                DashboardSettings dashboard, NumberingPlan numbers) {
        return new BusinessInbox(queue, ids, dashboard.link().orElseGet(() -> publicAddress.url("/app/tickets")),
                numbers);
    }

    @Singleton
    UrgentAlerts urgentAlerts(SmsQueuePort queue, IdGenerator ids, PublicAddress publicAddress,
                              DashboardSettings dashboard, NumberingPlan numbers) {
        return new UrgentAlerts(queue, ids, dashboard.link().orElseGet(() -> publicAddress.url("/app/tickets")),
                numbers);
    }

    @Singleton
    TicketIntake ticketIntake(TicketStorePort tickets, TicketEventPort events, BusinessInbox inbox,
                              UrgentAlerts alerts, SlaCalculator sla, IdGenerator ids,
                              AssignByLoadPort assignments) {
        return new TicketIntake(tickets, events, inbox, alerts, sla, ids, assignments);
    }

    @Singleton
    RecordDeliveryUseCase recordDelivery(Clock clock, Transactions transactions, SmsLogPort smsLog,
                                         EarlyDeliveryReportsPort early, DeliveryOutcomePort outcomes,
                                         TicketEventPort events, UndeliverablePort undeliverable, OptOutPort optOuts,
                                         LoadTenantPort tenants, BusinessInbox inbox) {
        return new RecordDeliveryService(clock, transactions, smsLog, early, outcomes, events,
                new FailedRecipients(undeliverable, optOuts, tenants, inbox));
    }

    @Singleton
    DispatchDueEmailUseCase dispatchDueEmail(Clock clock, Transactions transactions, EmailDispatchPort queue,
                                             SendEmailPort sender) {
        return new EmailDispatcher(clock, transactions, queue, sender);
    }

    @Singleton
    EscalateOverdueUseCase escalateOverdue(Clock clock, Transactions transactions, OverdueTicketsPort overdue,
                                           LoadTenantPort tenants, BusinessInbox inbox, TicketEventPort events) {
        return new EscalateOverdueService(clock, transactions, overdue, tenants, inbox, events);
    }

    @Singleton
    WarnBeforeDeadlineUseCase warnBeforeDeadline(Clock clock, Transactions transactions, SlaWarningPort warnings,
                                                 LoadTenantPort tenants, ActiveMemberPort members,
                                                 BusinessInbox inbox, TicketEventPort events, SlaCalculator sla) {
        return new SlaWarningService(clock, transactions, warnings, tenants, members, inbox, events, sla);
    }

    @Singleton
    SubmitInquiryUseCase submitInquiry(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                       TicketIntake intake, Confirmations confirmations, ConsentPort consents,
                                       ConsentVersion consentVersion, WizardVisitPort visits,
                                       CustomerMail customerMail) {
        return new SubmitInquiryService(clock, transactions, tenants, intake, confirmations, consents,
                consentVersion, visits, customerMail);
    }

    @Singleton
    CustomerMail customerMail(EmailQueuePort queue, IdGenerator ids, InboundEmailSettings inbound) {
        return new CustomerMail(queue, ids, inbound.configured());
    }

    @Singleton
    ReceiveEmailUseCase receiveEmail(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                     InboundEmailPort inbound, TicketReferencePort references,
                                     TicketStorePort tickets, TicketEventPort events, TicketIntake intake,
                                     CustomerMail customerMail, InboundEmailSettings settings) {
        return new ReceiveEmailService(clock, transactions, tenants, inbound, references, tickets, events, intake,
                customerMail, settings.configured());
    }

    @Singleton
    FindPublicBusinessUseCase findPublicBusiness(LoadTenantPort tenants) {
        return new PublicBusinessService(tenants);
    }

    @Singleton
    RecordCallUseCase recordCall(Clock clock, Transactions transactions, LoadTenantPort tenants, CallLogPort calls,
                                 CallerHistoryPort callers, SmsQueuePort queue, BlocklistPort blocklist,
                                 IdGenerator ids, NumberingPlan numbers) {
        return new RecordCallService(clock, transactions, tenants, calls, callers, queue, blocklist, ids, numbers);
    }

    @Singleton
    ForwardCallUseCase forwardCall(LoadTenantPort tenants) {
        return new ForwardCallService(tenants);
    }

    @Singleton
    ReceiveReplyUseCase receiveReply(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                     CallerHistoryPort callers, SmsLogPort smsLog, OptOutPort optOuts,
                                     SmsQueuePort queue, TicketIntake intake, TicketStorePort tickets,
                                     TicketEventPort events, Confirmations confirmations, IdGenerator ids,
                                     PublicAddress publicAddress, IntakeCountsPort intakeCounts,
                                     ConversationPort conversations) {
        return new ReceiveReplyService(clock, transactions, tenants, callers, new InboundLog(smsLog, events, ids),
                new OptOutReplies(optOuts, queue, confirmations),
                new WizardLinkReply(confirmations, new WizardLinks(publicAddress.toString())),
                new TicketReplies(intake, tickets, events, confirmations, conversations), intakeCounts);
    }

    @Singleton
    ChangeBusinessSettingsUseCase changeBusinessSettings(ProvisionTenantUseCase tenants) {
        return new BusinessSettingsService(tenants);
    }

    @Singleton
    ProvisionTenantUseCase provisionTenant(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                           StoreTenantPort store, StaffTokenPort staffTokens, BlocklistPort blocklist,
                                           IdGenerator ids, SecretGenerator secrets, OwnerInvitationUseCase owners) {
        return new ProvisionTenantService(clock, transactions, tenants, store, staffTokens, blocklist, ids, secrets,
                owners);
    }

    @Singleton
    DispatchDueSmsUseCase dispatchDueSms(Clock clock, Transactions transactions, SmsDispatchPort queue,
                                         SendSmsPort sender, SmsLogPort smsLog, TicketEventPort events,
                                         UndeliverablePort undeliverable, OptOutPort optOuts, LoadTenantPort tenants,
                                         BusinessInbox inbox, IdGenerator ids, DispatchSettings dispatch,
                                         SmsGuardSettings guard, OperatorSettings operator,
                                         CapNoticePort capNotices, EmailQueuePort emails) {
        return new SmsDispatcher(clock, transactions, tenants, queue, sender, smsLog, events,
                new FailedRecipients(undeliverable, optOuts, tenants, inbox), ids, guard.countries(),
                new CapNotices(capNotices, emails, ids, operator.address()), dispatch.parallelSends());
    }
}

package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.ManageApiTokensUseCase;
import ch.opsfabric.application.port.in.SignInUseCase;
import ch.opsfabric.application.port.out.AccessLinksPort;
import ch.opsfabric.application.port.out.ApiTokensPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.PasswordHasher;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.SessionsPort;
import ch.opsfabric.application.port.out.StaffMembersPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.staff.AccessLinks;
import ch.opsfabric.application.staff.ApiTokensService;
import ch.opsfabric.application.staff.SignInService;
import ch.opsfabric.application.staff.StaffMembersService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires people, sign-in and API tokens with plain constructors; the persistence adapter supplies their ports. */
@Factory
class PeopleWiring {

    @Singleton
    AccessLinks accessLinks(AccessLinksPort links, EmailQueuePort emails, SecretGenerator secrets, IdGenerator ids,
                            PublicAddress address) {
        return new AccessLinks(links, emails, secrets, ids, address);
    }

    /** Both the owners' people management and the invitation of a new business's owner. */
    @Singleton
    StaffMembersService staffMembers(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                     StaffMembersPort members, SessionsPort sessions, AccessLinks links,
                                     IdGenerator ids) {
        return new StaffMembersService(clock, transactions, tenants, members, sessions, links, ids);
    }

    @Singleton
    SignInUseCase signIn(Clock clock, Transactions transactions, LoadTenantPort tenants, StaffMembersPort members,
                         AccessLinksPort links, SessionsPort sessions, PasswordHasher passwords,
                         SecretGenerator secrets, AccessLinks accessLinks) {
        return new SignInService(clock, transactions, tenants, members, links, sessions, passwords, secrets,
                accessLinks);
    }

    @Singleton
    ManageApiTokensUseCase apiTokens(Clock clock, Transactions transactions, ApiTokensPort tokens,
                                     SecretGenerator secrets, IdGenerator ids) {
        return new ApiTokensService(clock, transactions, tokens, secrets, ids);
    }
}

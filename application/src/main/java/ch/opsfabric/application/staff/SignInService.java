package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.SignInUseCase;
import ch.opsfabric.application.port.in.StaffSession;
import ch.opsfabric.application.port.out.AccessLinksPort;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.PasswordHasher;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.SessionsPort;
import ch.opsfabric.application.port.out.StaffMembersPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.tenant.StaffTokens;
import ch.opsfabric.domain.people.AccessLinkPurpose;
import ch.opsfabric.domain.people.NewPassword;
import ch.opsfabric.domain.people.SignInLock;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in, sessions and password links (docs/http-api.md, People and sign-in). Sessions live in the database and
 * are read on every request, so ending one (sign-out, deactivation, a new password) holds on every instance at
 * once. An e-mail address may belong to people at several businesses: the password decides which account opens,
 * and when it opens several, the one signed into most recently ({@link StaffMembersPort#businessesOf}).
 */
public final class SignInService implements SignInUseCase {

    /** A working day and then some; a person signs in again the next morning. */
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private static final int SESSION_BITS = 256;
    private static final int CSRF_BITS = 128;

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final StaffMembersPort members;
    private final AccessLinksPort links;
    private final SessionsPort sessions;
    private final PasswordHasher passwords;
    private final SecretGenerator secrets;
    private final AccessLinks accessLinks;
    /** Checked when no account matches, so an unknown address takes as long to refuse as a wrong password. */
    private final String decoyHash;

    public SignInService(Clock clock, Transactions transactions, LoadTenantPort tenants, StaffMembersPort members,
                         AccessLinksPort links, SessionsPort sessions, PasswordHasher passwords,
                         SecretGenerator secrets, AccessLinks accessLinks) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.members = members;
        this.links = links;
        this.sessions = sessions;
        this.passwords = passwords;
        this.secrets = secrets;
        this.accessLinks = accessLinks;
        this.decoyHash = passwords.hash(secrets.newSecret(CSRF_BITS));
    }

    @Override
    public Optional<StaffSession> signIn(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            passwords.matches("", decoyHash);
            return Optional.empty();
        }
        var businesses = transactions.inTransaction(() -> members.businessesOf(email.strip()));
        if (businesses.isEmpty()) {
            passwords.matches(password, decoyHash);
        }
        for (var business : businesses) {
            var session = transactions.forTenant(business, () -> attempt(business, email.strip(), password));
            if (session.isPresent()) {
                return session;
            }
        }
        return Optional.empty();
    }

    private Optional<StaffSession> attempt(UUID business, String email, String password) {
        var now = clock.instant();
        var credentials = members.credentialsForUpdate(business, email, SignInLock.windowStart(now));
        if (credentials.isEmpty() || !credentials.get().member().active()) {
            return Optional.empty();
        }
        var member = credentials.get().member();
        if (SignInLock.isLocked(credentials.get().lockedUntil(), now)) {
            passwords.matches(password, decoyHash);
            return Optional.empty();
        }
        if (!passwords.matches(password, credentials.get().passwordHash())) {
            members.recordFailure(business, member.id(), now);
            var failures = new ArrayList<>(credentials.get().recentFailures());
            failures.add(now);
            SignInLock.lockAfter(failures, now).ifPresent(until -> members.lock(business, member.id(), until));
            return Optional.empty();
        }
        members.signedIn(business, member.id(), now);
        return Optional.of(open(tenant(business), member, now));
    }

    private StaffSession open(Tenant tenant, StaffMember member, Instant now) {
        var token = secrets.newSecret(SESSION_BITS);
        var csrf = secrets.newSecret(CSRF_BITS);
        sessions.open(tenant.id(), member.id(), StaffTokens.hash(token), csrf, now, now.plus(SESSION_LIFETIME));
        return new StaffSession(token, csrf, caller(tenant, member));
    }

    private static Caller caller(Tenant tenant, StaffMember member) {
        return new Caller(tenant, Actor.staff(member.id()), member.role());
    }

    private Tenant tenant(UUID id) {
        return tenants.byId(id).orElseThrow(() -> new IllegalStateException("business " + id + " vanished"));
    }

    @Override
    public Optional<StaffSession> session(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Optional.empty();
        }
        var hash = StaffTokens.hash(sessionToken);
        return transactions.inTransaction(() -> sessions.ownerOf(hash)).flatMap(business ->
                transactions.forTenant(business, () -> sessions.find(business, hash, clock.instant())
                        .map(open -> new StaffSession(null, open.csrfToken(), caller(tenant(business), open.member())))));
    }

    @Override
    public void signOut(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return;
        }
        var hash = StaffTokens.hash(sessionToken);
        transactions.inTransaction(() -> sessions.ownerOf(hash))
                .ifPresent(business -> transactions.forTenant(business, () -> sessions.end(business, hash)));
    }

    @Override
    public boolean linkOpens(String linkToken) {
        return openLink(linkToken, (business, hash, link) -> true).orElse(false);
    }

    @Override
    public Optional<StaffSession> setPassword(String linkToken, String password) {
        var passwordHash = passwords.hash(NewPassword.check(password));
        return openLink(linkToken, (business, hash, link) -> {
            var member = members.byId(business, link.memberId()).filter(StaffMember::active);
            if (member.isEmpty()) {
                return Optional.<StaffSession>empty();
            }
            var now = clock.instant();
            links.markUsed(business, hash, now);
            members.setPassword(business, member.get().id(), passwordHash);
            sessions.endAllOf(business, member.get().id());
            members.signedIn(business, member.get().id(), now);
            return Optional.of(open(tenant(business), member.get(), now));
        }).flatMap(session -> session);
    }

    @FunctionalInterface
    private interface LinkWork<T> {
        T with(UUID business, String tokenHash, AccessLinksPort.AccessLink link);
    }

    /** The work on an unused, unexpired link, in its business's transaction; empty for any other link. */
    private <T> Optional<T> openLink(String linkToken, LinkWork<T> work) {
        if (linkToken == null || linkToken.isBlank()) {
            return Optional.empty();
        }
        var hash = StaffTokens.hash(linkToken);
        return transactions.inTransaction(() -> links.ownerOf(hash)).flatMap(business ->
                transactions.forTenant(business, () -> links.findForUpdate(business, hash)
                        .filter(link -> AccessLinkPurpose.opens(link.expiresAt(), link.usedAt(), clock.instant()))
                        .map(link -> work.with(business, hash, link))));
    }

    @Override
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        for (var business : transactions.inTransaction(() -> members.businessesOf(email.strip()))) {
            transactions.forTenant(business, () -> {
                var now = clock.instant();
                members.credentialsForUpdate(business, email.strip(), now).map(StaffMembersPort.Credentials::member)
                        .filter(StaffMember::active)
                        .ifPresent(member -> accessLinks.send(tenant(business), member,
                                AccessLinkPurpose.PASSWORD_RESET, now));
            });
        }
    }
}

package ch.opsfabric.application.port.in;

import java.util.Optional;

/**
 * People signing in with e-mail and password, setting a password through an invitation or reset link, and
 * ending their session. Every refusal of a sign-in looks the same: a wrong password, an unknown e-mail, a
 * deactivated or locked account.
 */
public interface SignInUseCase {

    /** A new session, or empty for any refusal. */
    Optional<StaffSession> signIn(String email, String password);

    /** The session of this cookie value while it is open and its person active; empty otherwise. */
    Optional<StaffSession> session(String sessionToken);

    /** Ends this session; an unknown one is ignored. */
    void signOut(String sessionToken);

    /** Whether an invitation or reset link still opens (unused, not expired). */
    boolean linkOpens(String linkToken);

    /**
     * Sets the password through an invitation or reset link, uses the link up, ends the person's other sessions
     * and signs them in. Empty when the link does not open.
     *
     * @throws ch.opsfabric.domain.InvalidValue naming {@code password}
     */
    Optional<StaffSession> setPassword(String linkToken, String password);

    /** E-mails a reset link to every active account with this address; an unknown address gets nothing. */
    void requestPasswordReset(String email);
}

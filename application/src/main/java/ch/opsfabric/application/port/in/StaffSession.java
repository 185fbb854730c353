package ch.opsfabric.application.port.in;

import java.util.Objects;

/**
 * A signed-in person's session.
 *
 * @param token     the session cookie's value, in the clear only when the session was just opened (else null)
 * @param csrfToken what the session's state-changing requests must carry besides the cookie
 */
public record StaffSession(String token, String csrfToken, Caller caller) {

    public StaffSession {
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(caller, "caller");
    }
}

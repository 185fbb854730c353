package ch.opsfabric.domain.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The one-time links that let a person set a password: an invitation (to a new member, or a fresh one to the
 * owner) stays valid 72 hours, a password reset one hour. Either works once, and a newer link of the same
 * purpose replaces the older one.
 */
public enum AccessLinkPurpose {
    INVITATION(Duration.ofHours(72)), PASSWORD_RESET(Duration.ofHours(1));

    private final Duration validity;

    AccessLinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Instant expiresAt(Instant issuedAt) {
        return issuedAt.plus(validity);
    }

    /** Whether a link issued for this purpose, expiring at {@code expiresAt} and used at {@code usedAt}, opens now. */
    public static boolean opens(Instant expiresAt, Instant usedAt, Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccessLinkPurpose fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

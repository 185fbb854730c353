package ch.opsfabric.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsingAnAccessLinkTest {

    private static final Instant ISSUED = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void an_invitation_opens_for_72_hours() {
        var expires = AccessLinkPurpose.INVITATION.expiresAt(ISSUED);

        assertThat(AccessLinkPurpose.opens(expires, null, ISSUED.plus(Duration.ofHours(72)).minusSeconds(1))).isTrue();
        assertThat(AccessLinkPurpose.opens(expires, null, ISSUED.plus(Duration.ofHours(72)))).isFalse();
    }

    @Test
    void a_password_reset_opens_for_one_hour() {
        var expires = AccessLinkPurpose.PASSWORD_RESET.expiresAt(ISSUED);

        assertThat(AccessLinkPurpose.opens(expires, null, ISSUED.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(AccessLinkPurpose.opens(expires, null, ISSUED.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void a_used_link_never_opens_again() {
        var expires = AccessLinkPurpose.INVITATION.expiresAt(ISSUED);

        assertThat(AccessLinkPurpose.opens(expires, ISSUED.plusSeconds(60), ISSUED.plusSeconds(120))).isFalse();
    }
}

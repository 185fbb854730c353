package ch.opsfabric.application.port.out;

import java.util.Locale;

/**
 * What became of an inbound call, as far as one delivery of the telephony webhook tells: nobody
 * answered it (missed), somebody did (answered), or it is not decided yet (other: still ringing,
 * or ended in a way that is neither). The telephony adapter reads this off its provider's own
 * status words; nothing here knows them.
 */
public enum CallOutcome {
    MISSED, ANSWERED, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

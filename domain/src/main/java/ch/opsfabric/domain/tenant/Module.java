package ch.opsfabric.domain.tenant;

import java.util.Locale;

/** The switchable parts of the product ({@code customers.modules}), with their defaults for a new tenant. */
public enum Module {
    TICKETS(true), SMS(true), WEBSITE(true), WIZARD(true), MISSED_CALL(true), REVIEW_ENGINE(true),
    WHATSAPP(false), EMAIL(false), VOICE_AGENT(false), DASHBOARD(false);

    private final boolean onByDefault;

    Module(boolean onByDefault) {
        this.onByDefault = onByDefault;
    }

    public boolean onByDefault() {
        return onByDefault;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package ch.opsfabric.domain.tenant;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The industry presets ("Branchen-Profile"): which modules a new
 * business of that trade starts with and which intents its wizard offers. A preset only fills
 * what the operator leaves out at provisioning; afterwards the business's own settings rule.
 * WhatsApp, "optional" for Handwerk and Allgemein, starts off there and on for Gastro and Beauty.
 */
public enum IndustryProfile {
    HANDWERK(false, "notfall", "standard", "offerte"),
    GASTRO(true, "reservierung", "event", "catering"),
    BEAUTY(true, "termin", "beratung"),
    ALLGEMEIN(false, "anfrage", "offerte");

    private final boolean whatsapp;
    private final List<String> intents;

    IndustryProfile(boolean whatsapp, String... intents) {
        this.whatsapp = whatsapp;
        this.intents = List.of(intents);
    }

    public static Optional<IndustryProfile> fromCode(String code) {
        return Arrays.stream(values()).filter(profile -> profile.code().equals(code)).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Website, wizard, missed-call recovery and the review engine on for every trade, the rest as defaulted. */
    public Modules modules() {
        var switches = new EnumMap<Module, Boolean>(Module.class);
        for (var module : Module.values()) {
            switches.put(module, module.onByDefault());
        }
        switches.put(Module.WHATSAPP, whatsapp);
        return new Modules(switches);
    }

    /** The wizard's flows for this trade, in the order it shows them. */
    public List<String> intents() {
        return intents;
    }
}

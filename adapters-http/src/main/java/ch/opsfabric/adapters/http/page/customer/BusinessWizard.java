package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.domain.tenant.TenantProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one business's wizard offers, read from its {@code config.intents} (filled from the industry profile at
 * provisioning): the entries that name a flow ({@code notfall}, {@code reservierung}, …) are its flows in that
 * order, any other entry is a category its customers choose from (e.g. {@code Sanitär}, {@code Heizung}). A
 * business that names no flow gets the general ones, Anfrage and Offerte.
 */
record BusinessWizard(List<WizardFlow> flows, List<String> categories) {

    private static final List<WizardFlow> GENERAL = List.of(WizardFlow.ANFRAGE, WizardFlow.OFFERTE);

    static BusinessWizard of(TenantProfile profile) {
        var flows = new ArrayList<WizardFlow>();
        var categories = new ArrayList<String>();
        if (profile.config().get("intents") instanceof List<?> intents) {
            for (var intent : intents) {
                if (intent instanceof String text && !text.isBlank()) {
                    WizardFlow.fromCode(text.strip()).ifPresentOrElse(
                            flow -> addOnce(flows, flow), () -> addOnce(categories, displayed(text.strip())));
                }
            }
        }
        return new BusinessWizard(flows.isEmpty() ? GENERAL : List.copyOf(flows), List.copyOf(categories));
    }

    /** The flow of this code, if the business offers it. */
    Optional<WizardFlow> flow(String code) {
        return WizardFlow.fromCode(code == null ? "" : code).filter(flows::contains);
    }

    List<List<WizardField>> steps(WizardFlow flow) {
        return flow.steps(categories);
    }

    List<String> categories(WizardFlow flow) {
        return flow.categories(categories);
    }

    /** {@code sanitaer_notdienst} is shown as {@code Sanitaer notdienst}; an operator who wants umlauts writes them. */
    private static String displayed(String intent) {
        var words = intent.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }
}

package ch.opsfabric.adapters.http.page.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.domain.tenant.IndustryProfile;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.ticket.Urgency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which flows and categories a business's wizard offers, from its {@code config.intents}. */
class OfferingABusinessSWizardTest {

    private static TenantProfile withIntents(List<String> intents) {
        return TenantProfile.withDefaults("Dörfler AG", "doerfler", "info@doerfler.ch")
                .withConfig(intents == null ? Map.of() : Map.of("intents", intents));
    }

    @Test
    void intents_naming_flows_are_the_flows_in_their_order_and_the_others_are_categories() {
        var wizard = BusinessWizard.of(withIntents(List.of("offerte", "notfall", "Sanitär", "standard", "Heizung")));

        assertThat(wizard.flows()).containsExactly(WizardFlow.OFFERTE, WizardFlow.NOTFALL, WizardFlow.STANDARD);
        assertThat(wizard.categories(WizardFlow.STANDARD)).containsExactly("Sanitär", "Heizung");
    }

    @Test
    void each_industry_profile_s_intents_are_flows_of_the_wizard() {
        for (var profile : IndustryProfile.values()) {
            var wizard = BusinessWizard.of(withIntents(profile.intents()));

            assertThat(wizard.flows()).extracting(WizardFlow::code).as(profile.code())
                    .containsExactlyElementsOf(profile.intents());
        }
    }

    @Test
    void a_business_naming_no_flow_gets_the_general_anfrage_and_offerte() {
        assertThat(BusinessWizard.of(withIntents(null)).flows()).containsExactly(WizardFlow.ANFRAGE, WizardFlow.OFFERTE);
        assertThat(BusinessWizard.of(withIntents(List.of("haarschnitt"))).categories(WizardFlow.ANFRAGE))
                .containsExactly("Haarschnitt");
    }

    @Test
    void the_notfall_is_urgent_and_asks_everything_on_one_page_the_offerte_is_low() {
        var wizard = BusinessWizard.of(withIntents(List.of("notfall", "standard", "offerte")));

        assertThat(WizardFlow.NOTFALL.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(wizard.steps(WizardFlow.NOTFALL)).hasSize(1);
        assertThat(WizardFlow.STANDARD.urgency()).isEqualTo(Urgency.MED);
        assertThat(wizard.steps(WizardFlow.STANDARD)).hasSize(3);
        assertThat(WizardFlow.OFFERTE.urgency()).isEqualTo(Urgency.LOW);
    }

    @Test
    void without_categories_a_flow_leaves_the_category_question_out() {
        var wizard = BusinessWizard.of(withIntents(List.of("termin", "beratung")));

        assertThat(wizard.steps(WizardFlow.TERMIN).getFirst()).containsExactly(WizardField.WUNSCHTERMIN);
        assertThat(wizard.categories(WizardFlow.STANDARD)).contains("Reparatur", "Anderes");
    }
}

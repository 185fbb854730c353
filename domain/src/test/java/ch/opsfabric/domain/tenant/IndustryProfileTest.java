package ch.opsfabric.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The industry presets ("Branchen-Profile"): modules and wizard flows per trade. */
class IndustryProfileTest {

    @ParameterizedTest
    @EnumSource(IndustryProfile.class)
    void every_trade_starts_with_website_wizard_missed_call_and_reviews(IndustryProfile profile) {
        assertThat(profile.modules().isOn(Module.WEBSITE)).isTrue();
        assertThat(profile.modules().isOn(Module.WIZARD)).isTrue();
        assertThat(profile.modules().isOn(Module.MISSED_CALL)).isTrue();
        assertThat(profile.modules().isOn(Module.REVIEW_ENGINE)).isTrue();
        assertThat(profile.modules().isOn(Module.VOICE_AGENT)).isFalse();
    }

    @Test
    void gastro_and_beauty_start_with_whatsapp_handwerk_and_allgemein_without() {
        assertThat(IndustryProfile.GASTRO.modules().isOn(Module.WHATSAPP)).isTrue();
        assertThat(IndustryProfile.BEAUTY.modules().isOn(Module.WHATSAPP)).isTrue();
        assertThat(IndustryProfile.HANDWERK.modules().isOn(Module.WHATSAPP)).isFalse();
        assertThat(IndustryProfile.ALLGEMEIN.modules().isOn(Module.WHATSAPP)).isFalse();
    }

    @Test
    void each_trade_offers_its_wizard_flows() {
        assertThat(IndustryProfile.HANDWERK.intents()).containsExactly("notfall", "standard", "offerte");
        assertThat(IndustryProfile.GASTRO.intents()).containsExactly("reservierung", "event", "catering");
        assertThat(IndustryProfile.BEAUTY.intents()).containsExactly("termin", "beratung");
        assertThat(IndustryProfile.ALLGEMEIN.intents()).containsExactly("anfrage", "offerte");
    }

    @Test
    void a_profile_is_found_by_its_lower_case_code_only() {
        assertThat(IndustryProfile.fromCode("gastro")).contains(IndustryProfile.GASTRO);
        assertThat(IndustryProfile.fromCode("Gastro")).isEmpty();
        assertThat(IndustryProfile.fromCode("baeckerei")).isEmpty();
    }
}

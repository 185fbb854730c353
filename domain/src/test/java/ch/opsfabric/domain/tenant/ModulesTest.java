package ch.opsfabric.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Per-tenant module switches under {@code customers.modules}. */
class ModulesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "TICKETS, true", "SMS, true", "WEBSITE, true", "WIZARD, true", "MISSED_CALL, true", "REVIEW_ENGINE, true",
            "WHATSAPP, false", "EMAIL, false", "VOICE_AGENT, false", "DASHBOARD, false"})
    void a_new_tenant_has_the_live_modules_on_and_the_planned_ones_off(Module module, boolean on) {
        assertThat(Modules.defaults().isOn(module)).isEqualTo(on);
    }

    @Test
    void a_module_the_tenant_never_mentioned_keeps_its_default() {
        var modules = new Modules(Map.of(Module.WHATSAPP, true, Module.REVIEW_ENGINE, false));

        assertThat(modules.byKey()).isEqualTo(Map.of(
                "tickets", true, "sms", true, "website", true, "wizard", true, "missed_call", true,
                "review_engine", false, "whatsapp", true, "email", false, "voice_agent", false, "dashboard", false));
    }

    @ParameterizedTest
    @NullSource
    void no_switches_at_all_means_the_defaults(Map<Module, Boolean> none) {
        assertThat(new Modules(none)).isEqualTo(Modules.defaults());
    }

    @Test
    void the_json_keys_are_the_seed_keys_in_declaration_order() {
        assertThat(Modules.defaults().byKey().keySet()).containsExactly("tickets", "sms", "website", "wizard",
                "missed_call", "review_engine", "whatsapp", "email", "voice_agent", "dashboard");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"missed_call, MISSED_CALL", "review_engine, REVIEW_ENGINE", "voice_agent, VOICE_AGENT", "sms, SMS"})
    void a_module_is_found_by_its_json_key(String key, Module module) {
        assertThat(Modules.moduleForKey(key)).hasValue(module);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"MISSED_CALL", "missed-call", "missedCall", "telefon", ""})
    void anything_but_a_json_key_names_no_module(String key) {
        assertThat(Modules.moduleForKey(key)).isEmpty();
    }
}

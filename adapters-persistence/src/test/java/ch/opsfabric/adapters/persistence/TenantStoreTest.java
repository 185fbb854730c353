package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Modules;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.time.Canton;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The {@code customers} table: a tenant comes back as it was stored, and slug and SMS number stay unique. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantStoreTest implements TestPropertyProvider {

    @Inject
    StoreTenantPort store;

    @Inject
    LoadTenantPort load;

    @Inject
    Transactions transactions;

    @Inject
    StaffTokenPort staffTokens;

    @Inject
    Rows rows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void a_tenant_comes_back_by_id_with_every_field() {
        var tenant = aTenantWithEverySettingChanged().build();

        store.create(tenant, MORNING);

        assertThat(load.byId(tenant.id())).contains(tenant);
    }

    @Test
    void a_tenant_comes_back_by_slug_with_every_field() {
        var tenant = aTenantWithEverySettingChanged().build();

        store.create(tenant, MORNING);

        assertThat(load.bySlug(tenant.profile().slug())).contains(tenant);
    }

    @Test
    void a_tenant_without_any_optional_setting_comes_back_without_them() {
        var tenant = aTenant().withPhone(null).withSmsNumber(null).withWebsiteDomain(null).withGoogleReviewLink(null)
                .withCanton(null).withConfig(Map.of()).build();

        store.create(tenant, MORNING);

        assertThat(load.byId(tenant.id())).contains(tenant);
    }

    @Test
    void an_unknown_id_or_slug_finds_no_tenant() {
        store.create(aTenant().build(), MORNING);

        assertThat(load.byId(UUID.randomUUID())).isEmpty();
        assertThat(load.bySlug("niemand")).isEmpty();
    }

    @Test
    void creating_a_tenant_records_when_it_was_onboarded() {
        var tenant = aTenant().build();

        store.create(tenant, MORNING);

        assertThat(rows.one("SELECT onboarded_at FROM customers WHERE id = ?", tenant.id()))
                .containsEntry("onboarded_at", MORNING);
    }

    @Test
    void a_second_tenant_with_a_taken_slug_is_a_conflict_naming_the_slug() {
        var first = aTenant().build();
        store.create(first, MORNING);
        var second = aTenant().withSlug(first.profile().slug()).build();

        assertThatExceptionOfType(Conflict.class).isThrownBy(() -> store.create(second, MORNING))
                .extracting(Conflict::field).isEqualTo("slug");
        assertThat(load.byId(second.id())).isEmpty();
    }

    @Test
    void a_second_tenant_with_a_taken_sms_number_is_a_conflict_naming_the_sms_number() {
        var first = aTenant().build();
        store.create(first, MORNING);
        var second = aTenant().withSmsNumber(first.profile().smsNumber()).build();

        assertThatExceptionOfType(Conflict.class).isThrownBy(() -> store.create(second, MORNING))
                .extracting(Conflict::field).isEqualTo("sms_number");
        assertThat(load.byId(second.id())).isEmpty();
    }

    @Test
    void a_conflict_inside_a_transaction_reaches_the_caller_as_the_conflict_and_stores_nothing() {
        var first = aTenant().build();
        store.create(first, MORNING);
        var second = aTenant().withSlug(first.profile().slug()).build();
        var staffTokenOfSecond = "sha256:" + second.id();

        assertThatExceptionOfType(Conflict.class).isThrownBy(() -> transactions.inTransaction(() -> {
            staffTokens.storeHash(first.id(), staffTokenOfSecond, MORNING);
            store.create(second, MORNING);
            return null;
        })).extracting(Conflict::field).isEqualTo("slug");
        assertThat(rows.count("SELECT count(*) FROM staff_tokens WHERE token_hash = ?", staffTokenOfSecond)).isZero();
    }

    @Test
    void a_clash_on_the_id_is_not_reported_as_a_slug_or_sms_number_conflict() {
        var first = aTenant().build();
        store.create(first, MORNING);
        var sameId = new Tenant(first.id(), aTenant().build().profile());

        assertThatThrownBy(() -> store.create(sameId, MORNING)).isNotInstanceOf(Conflict.class)
                .hasStackTraceContaining("customers_pkey");
    }

    @Test
    void tenants_without_an_sms_number_do_not_conflict() {
        var first = aTenant().withSmsNumber(null).build();
        var second = aTenant().withSmsNumber(null).build();

        store.create(first, MORNING);
        store.create(second, MORNING);

        assertThat(load.byId(second.id())).contains(second);
    }

    @Test
    void an_update_changes_every_field() {
        var tenant = aTenant().build();
        store.create(tenant, MORNING);
        var changed = aTenantWithEverySettingChanged().build();
        var updated = new Tenant(tenant.id(), changed.profile());

        store.update(updated, TestTimes.MORNING);

        assertThat(load.byId(tenant.id())).contains(updated);
    }

    @Test
    void an_update_leaves_other_tenants_alone() {
        var tenant = aTenant().build();
        var other = aTenant().build();
        store.create(tenant, MORNING);
        store.create(other, MORNING);

        store.update(TenantFixture.from(tenant).withName("Umbenannt GmbH").withPlan(Plan.PREMIUM).build(), TestTimes.MORNING);

        assertThat(load.byId(other.id())).contains(other);
    }

    @Test
    void an_update_to_a_slug_another_tenant_holds_is_a_conflict_naming_the_slug() {
        var tenant = aTenant().build();
        var other = aTenant().build();
        store.create(tenant, MORNING);
        store.create(other, MORNING);

        assertThatExceptionOfType(Conflict.class)
                .isThrownBy(() -> store.update(TenantFixture.from(tenant).withSlug(other.profile().slug()).build(), TestTimes.MORNING))
                .extracting(Conflict::field).isEqualTo("slug");
        assertThat(load.byId(tenant.id())).contains(tenant);
    }

    @Test
    void an_update_to_an_sms_number_another_tenant_holds_is_a_conflict_naming_the_sms_number() {
        var tenant = aTenant().build();
        var other = aTenant().build();
        store.create(tenant, MORNING);
        store.create(other, MORNING);

        assertThatExceptionOfType(Conflict.class)
                .isThrownBy(() -> store.update(TenantFixture.from(tenant).withSmsNumber(other.profile().smsNumber())
                        .build(), TestTimes.MORNING))
                .extracting(Conflict::field).isEqualTo("sms_number");
        assertThat(load.byId(tenant.id())).contains(tenant);
    }

    @Test
    void the_twilio_number_is_the_sms_number_when_created() {
        var tenant = aTenant().withSmsNumber(new PhoneNumber("+41791230001")).build();

        store.create(tenant, MORNING);

        assertThat(numbers(tenant)).containsEntry("sms_number", "+41791230001")
                .containsEntry("twilio_number", "+41791230001");
    }

    @Test
    void the_twilio_number_follows_the_sms_number_when_it_changes() {
        var tenant = aTenant().build();
        store.create(tenant, MORNING);

        store.update(TenantFixture.from(tenant).withSmsNumber(new PhoneNumber("+41791230002")).build(), TestTimes.MORNING);

        assertThat(numbers(tenant)).containsEntry("sms_number", "+41791230002")
                .containsEntry("twilio_number", "+41791230002");
    }

    @Test
    void the_twilio_number_is_empty_when_the_sms_number_is_removed() {
        var tenant = aTenant().build();
        store.create(tenant, MORNING);

        store.update(TenantFixture.from(tenant).withSmsNumber(null).build(), TestTimes.MORNING);

        assertThat(numbers(tenant)).containsEntry("sms_number", null).containsEntry("twilio_number", null);
    }

    @Test
    void the_twilio_number_cannot_be_written_apart_from_the_sms_number() {
        var tenant = aTenant().build();
        store.create(tenant, MORNING);

        assertThatThrownBy(() -> rows.update("UPDATE customers SET twilio_number = '+41799999999' WHERE id = ?",
                tenant.id())).hasStackTraceContaining("twilio_number");
    }

    @Test
    void a_module_missing_from_the_stored_switches_keeps_its_default_and_unknown_keys_are_ignored() {
        var tenant = aTenant().build();
        store.create(tenant, MORNING);
        rows.update("UPDATE customers SET modules = '{\"sms\": false, \"fax\": true}' WHERE id = ?", tenant.id());

        var modules = load.byId(tenant.id()).orElseThrow().profile().modules();

        assertThat(modules).isEqualTo(new Modules(Map.of(Module.SMS, false)));
    }

    @Test
    void the_modules_are_stored_under_their_json_keys() {
        var tenant = aTenant().withModules(new Modules(Map.of(Module.MISSED_CALL, false, Module.WHATSAPP, true)))
                .build();

        store.create(tenant, MORNING);

        assertThat(rows.one("SELECT modules ->> 'missed_call' AS missed_call, modules ->> 'whatsapp' AS whatsapp, "
                + "modules ->> 'sms' AS sms FROM customers WHERE id = ?", tenant.id()))
                .containsEntry("missed_call", "false").containsEntry("whatsapp", "true").containsEntry("sms", "true");
    }

    private Map<String, Object> numbers(Tenant tenant) {
        return rows.one("SELECT sms_number, twilio_number FROM customers WHERE id = ?", tenant.id());
    }

    /** A tenant whose every setting differs from the defaults, so a column left unmapped shows. */
    private static TenantFixture aTenantWithEverySettingChanged() {
        var escalation = new LinkedHashMap<String, Object>();
        escalation.put("after_minutes", 30);
        escalation.put("to", List.of("chef@doerfler.ch", "+41791110000"));
        escalation.put("backup", null);
        var config = new LinkedHashMap<String, Object>();
        config.put("greeting", "Grüezi – \"Ihr Sanitär\" C:\\Ablage");
        config.put("escalation", escalation);
        config.put("price_per_hour", 98.5);
        config.put("emergency_service", true);
        config.put("legacy_id", null);
        config.put("extra_holidays", List.of());
        config.put("overrides", Map.of());
        var slug = "alles-anders-" + UUID.randomUUID().toString().substring(0, 8);
        return aTenant()
                .withName("Heizung & Sanitär Keller GmbH")
                .withSlug(slug)
                .withPhone(new PhoneNumber("+41312223344"))
                .withEmail("buero@keller-heizung.ch")
                .withWebsiteDomain("keller-heizung.ch")
                .withGoogleReviewLink("https://g.page/r/keller/review")
                .withTimezone(ZoneId.of("Europe/Berlin"))
                .withQuietHours(LocalTime.of(22, 30), LocalTime.of(6, 15))
                .withSlaResponseMinutes(45)
                .withReviewDelayHours(24)
                .withPlan(Plan.PRO)
                .withActive(false)
                .withModules(new Modules(Map.of(Module.SMS, false, Module.WHATSAPP, true, Module.DASHBOARD, true)))
                .withMissedCall(new MissedCallSettings(0, 30, 1, 9))
                .withSlaPauseWeekends(false)
                .withCanton(Canton.BE)
                .withConfig(config);
    }
}

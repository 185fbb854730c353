package ch.opsfabric.domain.tenant;

import ch.opsfabric.domain.time.QuietHours;
import static ch.opsfabric.domain.tenant.TenantProfileFixture.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ch.opsfabric.domain.InvalidValue;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A business's default settings, and a refusal that names the field the operator must correct. */
class TenantProfileTest {

    private static final TenantProfile DEFAULTS = TenantProfile.withDefaults("Dörfler AG", "doerfler-ag", "info@doerfler.ch");

    @Test
    void the_default_timezone_is_zurich() {
        assertThat(DEFAULTS.timezone()).isEqualTo(ZoneId.of("Europe/Zurich"));
    }

    @Test
    void the_default_quiet_hours_run_from_21_to_07() {
        assertThat(DEFAULTS.quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
    }

    @Test
    void the_default_sla_promise_is_120_minutes() {
        assertThat(DEFAULTS.sla().responseMinutes()).isEqualTo(120);
    }

    @Test
    void the_default_review_delay_is_two_hours() {
        assertThat(DEFAULTS.reviews().delayHours()).isEqualTo(2);
    }

    @Test
    void a_new_tenant_is_an_active_pilot() {
        assertThat(DEFAULTS).extracting(TenantProfile::plan, TenantProfile::active).containsExactly(Plan.PILOT, true);
    }

    @Test
    void a_new_tenant_gets_the_default_modules_and_missed_call_settings() {
        assertThat(DEFAULTS).extracting(TenantProfile::modules, TenantProfile::missedCall)
                .containsExactly(Modules.defaults(), MissedCallSettings.DEFAULTS);
    }

    @Test
    void a_new_tenant_has_no_optional_links_numbers_or_canton() {
        assertThat(DEFAULTS).extracting(TenantProfile::phone, TenantProfile::smsNumber, TenantProfile::websiteDomain,
                        profile -> profile.reviews().googleReviewLink(), profile -> profile.sla().canton())
                .containsOnlyNulls();
    }

    @Test
    void the_name_is_stored_without_surrounding_spaces() {
        assertThat(aProfile().withName("  Dörfler AG ").build().name()).isEqualTo("Dörfler AG");
    }

    static Stream<Arguments> invalidProfiles() {
        return Stream.of(
                invalid("name", "missing", aProfile().withName(null)),
                invalid("name", "blank", aProfile().withName("   ")),
                invalid("name", "121 characters", aProfile().withName("x".repeat(121))),
                invalid("slug", "missing", aProfile().withSlug(null)),
                invalid("slug", "with upper case", aProfile().withSlug("Doerfler-AG")),
                invalid("slug", "with a space", aProfile().withSlug("doerfler ag")),
                invalid("slug", "with an umlaut", aProfile().withSlug("dörfler")),
                invalid("slug", "with a double hyphen", aProfile().withSlug("doerfler--ag")),
                invalid("slug", "ending in a hyphen", aProfile().withSlug("doerfler-")),
                invalid("slug", "64 characters", aProfile().withSlug("a".repeat(64))),
                invalid("email", "missing", aProfile().withEmail(null)),
                invalid("email", "without @", aProfile().withEmail("info.doerfler.ch")),
                invalid("email", "without a domain dot", aProfile().withEmail("info@doerfler")),
                invalid("email", "with a space", aProfile().withEmail("in fo@doerfler.ch")),
                invalid("website_domain", "a URL", aProfile().withWebsiteDomain("https://doerfler.ch")),
                invalid("website_domain", "without a dot", aProfile().withWebsiteDomain("doerfler")),
                invalid("website_domain", "with a path", aProfile().withWebsiteDomain("doerfler.ch/anfrage")),
                invalid("google_review_link", "plain http", aProfile().withGoogleReviewLink("http://g.page/r/x/review")),
                invalid("google_review_link", "no link", aProfile().withGoogleReviewLink("g.page/r/x/review")),
                invalid("google_review_link", "with a space", aProfile().withGoogleReviewLink("https://g.page/r/x y")),
                invalid("name", "too long for a two-segment missed-call SMS", aProfile().withName("x".repeat(110))),
                invalid("name", "outside GSM-7 and too long for UCS-2 in two segments",
                        aProfile().withName("Maçonnerie et Carrelage Dupont Frères SA")),
                invalid("sla_response_minutes", "0", aProfile().withSlaResponseMinutes(0)),
                invalid("sla_response_minutes", "over a week", aProfile().withSlaResponseMinutes(10_081)),
                invalid("review_delay_hours", "negative", aProfile().withReviewDelayHours(-1)),
                invalid("review_delay_hours", "over 30 days", aProfile().withReviewDelayHours(721)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProfiles")
    void an_invalid_value_is_refused_naming_its_field(TenantProfileFixture profile, String field) {
        assertThatExceptionOfType(InvalidValue.class).isThrownBy(profile::build)
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    @Test
    void a_refusal_says_what_the_field_must_look_like() {
        assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> aProfile().withSlug("Dörfler AG").build())
                .satisfies(refusal -> assertThat(refusal.reason())
                        .isEqualTo("is required: lower-case letters, digits and single hyphens, at most 63 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"api", "app", "assets", "health", "prometheus", "r", "webjars"})
    void a_slug_that_is_one_of_the_services_own_paths_is_refused_naming_slug(String path) {
        assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> TenantProfile.requireUnreservedSlug(path))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("slug"))
                .satisfies(refusal -> assertThat(refusal.reason()).startsWith("is a path of the service itself"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"app-bau", "apotheke", "r2", "health-clinic", "doerfler-ag"})
    void a_slug_that_only_begins_like_one_of_the_services_own_paths_is_free(String slug) {
        assertThatNoException().isThrownBy(() -> TenantProfile.requireUnreservedSlug(slug));
    }

    static Stream<Arguments> validEdgeProfiles() {
        return Stream.of(
                arguments(named("a 90-character name", aProfile().withName("x".repeat(90)))),
                arguments(named("a 63-character slug", aProfile().withSlug("a".repeat(63)))),
                arguments(named("a sub-domain", aProfile().withWebsiteDomain("doerfler.opsfabric.ch"))),
                arguments(named("no website domain", aProfile().withWebsiteDomain(null))),
                arguments(named("no review link", aProfile().withGoogleReviewLink(null))),
                arguments(named("no canton", aProfile().withCanton(null))),
                arguments(named("a one-minute SLA", aProfile().withSlaResponseMinutes(1))),
                arguments(named("a one-week SLA", aProfile().withSlaResponseMinutes(10_080))),
                arguments(named("reviews right away", aProfile().withReviewDelayHours(0))),
                arguments(named("reviews after 30 days", aProfile().withReviewDelayHours(720))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEdgeProfiles")
    void a_value_at_the_edge_of_its_range_is_accepted(TenantProfileFixture profile) {
        assertThatNoException().isThrownBy(profile::build);
    }

    private static Arguments invalid(String field, String what, TenantProfileFixture profile) {
        return arguments(named(field + " " + what, profile), field);
    }
}

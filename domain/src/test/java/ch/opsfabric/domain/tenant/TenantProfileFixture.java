package ch.opsfabric.domain.tenant;

import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.time.Canton;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** A fully set-up profile of a Zurich plumbing business; change only what a test is about. */
final class TenantProfileFixture {

    private String name = "Dörfler AG";
    private String slug = "doerfler-ag";
    private PhoneNumber phone = new PhoneNumber("+41446681800");
    private String email = "info@doerfler.ch";
    private PhoneNumber smsNumber = new PhoneNumber("+41791234567");
    private String websiteDomain = "doerfler.ch";
    private String googleReviewLink = "https://g.page/r/doerfler-ag/review";
    private ZoneId timezone = ZoneId.of("Europe/Zurich");
    private LocalTime quietHoursStart = LocalTime.of(21, 0);
    private LocalTime quietHoursEnd = LocalTime.of(7, 0);
    private int slaResponseMinutes = 120;
    private int reviewDelayHours = 2;
    private Plan plan = Plan.STARTER;
    private boolean active = true;
    private Modules modules = Modules.defaults();
    private MissedCallSettings missedCall = MissedCallSettings.DEFAULTS;
    private boolean slaPauseWeekends = true;
    private Canton canton = Canton.ZH;
    private Map<String, Object> config = Map.of();

    private TenantProfileFixture() {
    }

    static TenantProfileFixture aProfile() {
        return new TenantProfileFixture();
    }

    TenantProfileFixture withName(String name) {
        this.name = name;
        return this;
    }

    TenantProfileFixture withSlug(String slug) {
        this.slug = slug;
        return this;
    }

    TenantProfileFixture withEmail(String email) {
        this.email = email;
        return this;
    }

    TenantProfileFixture withWebsiteDomain(String websiteDomain) {
        this.websiteDomain = websiteDomain;
        return this;
    }

    TenantProfileFixture withGoogleReviewLink(String googleReviewLink) {
        this.googleReviewLink = googleReviewLink;
        return this;
    }

    TenantProfileFixture withSlaResponseMinutes(int slaResponseMinutes) {
        this.slaResponseMinutes = slaResponseMinutes;
        return this;
    }

    TenantProfileFixture withReviewDelayHours(int reviewDelayHours) {
        this.reviewDelayHours = reviewDelayHours;
        return this;
    }

    TenantProfileFixture withActive(boolean active) {
        this.active = active;
        return this;
    }

    TenantProfileFixture withModules(Modules modules) {
        this.modules = modules;
        return this;
    }

    TenantProfileFixture withCanton(Canton canton) {
        this.canton = canton;
        return this;
    }

    TenantProfile build() {
        return new TenantProfile(name, slug, phone, email, smsNumber, websiteDomain, timezone, plan, active, modules,
                quietHoursStart == null || quietHoursEnd == null ? null : new QuietHours(quietHoursStart, quietHoursEnd),
                new SlaSettings(slaResponseMinutes, slaPauseWeekends, canton),
                new ReviewSettings(googleReviewLink, reviewDelayHours), missedCall, null, null, config, null);
    }
}

package ch.opsfabric.adapters.persistence;

import ch.opsfabric.domain.sms.DailySmsCap;
import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.Modules;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.time.Canton;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tenant with sensible defaults; {@code with…} changes one thing. Every tenant gets its own
 * slug and SMS number, so tests sharing a database never clash by accident.
 */
final class TenantFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private UUID id = UUID.randomUUID();
    private String name = "Sanitär Dörfler AG";
    private String slug;
    private PhoneNumber phone = new PhoneNumber("+41441234567");
    private String email = "info@doerfler.ch";
    private PhoneNumber smsNumber;
    private String websiteDomain = "doerfler.ch";
    private String googleReviewLink = "https://g.page/r/doerfler/review";
    private ZoneId timezone = TenantProfile.DEFAULT_TIMEZONE;
    private LocalTime quietHoursStart = TenantProfile.DEFAULT_QUIET_HOURS_START;
    private LocalTime quietHoursEnd = TenantProfile.DEFAULT_QUIET_HOURS_END;
    private int slaResponseMinutes = TenantProfile.DEFAULT_SLA_RESPONSE_MINUTES;
    private int reviewDelayHours = TenantProfile.DEFAULT_REVIEW_DELAY_HOURS;
    private Plan plan = Plan.PILOT;
    private boolean active = true;
    private Modules modules = Modules.defaults();
    private MissedCallSettings missedCall = MissedCallSettings.DEFAULTS;
    private boolean slaPauseWeekends = true;
    private Canton canton = Canton.ZH;
    private Map<String, Object> config = Map.of();
    private DailySmsCap dailySmsCap = DailySmsCap.DEFAULT;

    private TenantFixture() {
        var number = SEQUENCE.incrementAndGet();
        slug = "betrieb-" + number;
        smsNumber = new PhoneNumber("+4179%07d".formatted(number));
    }

    static TenantFixture aTenant() {
        return new TenantFixture();
    }

    /** The same tenant, as it would be read back: for building the updated version of a stored tenant. */
    static TenantFixture from(Tenant tenant) {
        var profile = tenant.profile();
        var fixture = new TenantFixture();
        fixture.id = tenant.id();
        fixture.name = profile.name();
        fixture.slug = profile.slug();
        fixture.phone = profile.phone();
        fixture.email = profile.email();
        fixture.smsNumber = profile.smsNumber();
        fixture.websiteDomain = profile.websiteDomain();
        fixture.googleReviewLink = profile.reviews().googleReviewLink();
        fixture.timezone = profile.timezone();
        fixture.quietHoursStart = profile.quietHours().start();
        fixture.quietHoursEnd = profile.quietHours().end();
        fixture.slaResponseMinutes = profile.sla().responseMinutes();
        fixture.reviewDelayHours = profile.reviews().delayHours();
        fixture.plan = profile.plan();
        fixture.active = profile.active();
        fixture.modules = profile.modules();
        fixture.missedCall = profile.missedCall();
        fixture.slaPauseWeekends = profile.sla().pauseWeekends();
        fixture.canton = profile.sla().canton();
        fixture.config = profile.config();
        fixture.dailySmsCap = profile.dailySmsCap();
        return fixture;
    }

    TenantFixture withDailySmsCap(int perDay) {
        this.dailySmsCap = new DailySmsCap(perDay);
        return this;
    }

    TenantFixture withName(String name) {
        this.name = name;
        return this;
    }

    TenantFixture withSlug(String slug) {
        this.slug = slug;
        return this;
    }

    TenantFixture withPhone(PhoneNumber phone) {
        this.phone = phone;
        return this;
    }

    TenantFixture withEmail(String email) {
        this.email = email;
        return this;
    }

    TenantFixture withSmsNumber(PhoneNumber smsNumber) {
        this.smsNumber = smsNumber;
        return this;
    }

    TenantFixture withWebsiteDomain(String websiteDomain) {
        this.websiteDomain = websiteDomain;
        return this;
    }

    TenantFixture withGoogleReviewLink(String googleReviewLink) {
        this.googleReviewLink = googleReviewLink;
        return this;
    }

    TenantFixture withTimezone(ZoneId timezone) {
        this.timezone = timezone;
        return this;
    }

    TenantFixture withQuietHours(LocalTime start, LocalTime end) {
        this.quietHoursStart = start;
        this.quietHoursEnd = end;
        return this;
    }

    TenantFixture withSlaResponseMinutes(int slaResponseMinutes) {
        this.slaResponseMinutes = slaResponseMinutes;
        return this;
    }

    TenantFixture withReviewDelayHours(int reviewDelayHours) {
        this.reviewDelayHours = reviewDelayHours;
        return this;
    }

    TenantFixture withPlan(Plan plan) {
        this.plan = plan;
        return this;
    }

    TenantFixture withActive(boolean active) {
        this.active = active;
        return this;
    }

    TenantFixture withModules(Modules modules) {
        this.modules = modules;
        return this;
    }

    TenantFixture withMissedCall(MissedCallSettings missedCall) {
        this.missedCall = missedCall;
        return this;
    }

    TenantFixture withSlaPauseWeekends(boolean slaPauseWeekends) {
        this.slaPauseWeekends = slaPauseWeekends;
        return this;
    }

    TenantFixture withCanton(Canton canton) {
        this.canton = canton;
        return this;
    }

    TenantFixture withConfig(Map<String, Object> config) {
        this.config = config;
        return this;
    }

    Tenant build() {
        return new Tenant(id, new TenantProfile(name, slug, phone, email, smsNumber, websiteDomain, timezone, plan,
                active, modules, new QuietHours(quietHoursStart, quietHoursEnd),
                new SlaSettings(slaResponseMinutes, slaPauseWeekends, canton),
                new ReviewSettings(googleReviewLink, reviewDelayHours), missedCall, dailySmsCap, null, config, null));
    }
}

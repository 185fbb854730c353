package ch.opsfabric.application.review;

import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Modules;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A Zurich plumbing business set up for reviews; change only what a test is about. */
final class BusinessFixture {

    static final String GOOGLE_REVIEW_LINK = "https://g.page/r/doerfler-ag/review";

    private UUID id = UUID.randomUUID();
    private String googleReviewLink = GOOGLE_REVIEW_LINK;
    private int reviewDelayHours = 2;
    private boolean active = true;
    private final Map<Module, Boolean> modules = new EnumMap<>(Module.class);

    private BusinessFixture() {
    }

    static BusinessFixture aBusiness() {
        return new BusinessFixture();
    }

    /** The same business, as it reads after a change of its settings. */
    BusinessFixture withId(UUID id) {
        this.id = id;
        return this;
    }

    BusinessFixture withoutReviewLink() {
        googleReviewLink = null;
        return this;
    }

    BusinessFixture withReviewDelayHours(int hours) {
        reviewDelayHours = hours;
        return this;
    }

    BusinessFixture inactive() {
        active = false;
        return this;
    }

    BusinessFixture withModuleOff(Module module) {
        modules.put(module, false);
        return this;
    }

    Tenant build() {
        return new Tenant(id, new TenantProfile("Dörfler AG", "doerfler-ag", new PhoneNumber("+41444435200"),
                "info@doerfler.ch", new PhoneNumber("+41435000001"), "doerfler.ch", ZoneId.of("Europe/Zurich"), null,
                active, new Modules(modules), new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)),
                new SlaSettings(120, true, null), new ReviewSettings(googleReviewLink, reviewDelayHours), null, null,
                null, null, null));
    }
}

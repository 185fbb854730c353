package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Assignment;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.time.QuietHours;
import java.util.Objects;

/**
 * The settings an owner changes for their own business (docs/http-api.md, Staff workspace pages); the rest of the
 * profile (name, numbers, plan, modules, holidays) stays the operator's.
 *
 * @param slaResponseMinutes checked with the business's other SLA settings when applied
 * @param slaWarningMinutes  checked with the business's other SLA settings when applied
 */
public record BusinessSettings(QuietHours quietHours, int slaResponseMinutes, int slaWarningMinutes,
                               Assignment assignment, ReviewSettings reviews, MissedCallSettings missedCall) {

    public BusinessSettings {
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(missedCall, "missedCall");
    }
}

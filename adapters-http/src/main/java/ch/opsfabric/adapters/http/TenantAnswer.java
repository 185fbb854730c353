package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import java.util.UUID;

/**
 * A business as the admin API shows it: every {@code customers} field, null when unset. The
 * staff token is there only in the answer to provisioning, the one time it is shown.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TenantAnswer(UUID id, String name, String slug, @Nullable String phone, @Nullable String email,
                    @Nullable @JsonProperty("sms_number") String smsNumber,
                    @Nullable @JsonProperty("website_domain") String websiteDomain,
                    @Nullable @JsonProperty("google_review_link") String googleReviewLink,
                    String timezone,
                    @JsonProperty("quiet_hours_start") String quietHoursStart,
                    @JsonProperty("quiet_hours_end") String quietHoursEnd,
                    @JsonProperty("sla_response_minutes") int slaResponseMinutes,
                    @JsonProperty("review_delay_hours") int reviewDelayHours,
                    String plan, boolean active, Map<String, Boolean> modules,
                    @JsonProperty("missed_call_delay_seconds") int missedCallDelaySeconds,
                    @JsonProperty("missed_call_dedupe_minutes") int missedCallDedupeMinutes,
                    @JsonProperty("missed_call_daily_sms_limit") int missedCallDailySmsLimit,
                    @JsonProperty("missed_call_blocklist_threshold") int missedCallBlocklistThreshold,
                    @JsonProperty("daily_sms_cap") int dailySmsCap,
                    @JsonProperty("sla_pause_weekends") boolean slaPauseWeekends,
                    @Nullable String canton,
                    @JsonProperty("ring_seconds") int ringSeconds,
                    @Nullable @JsonProperty("alert_phone") String alertPhone,
                    Map<String, Object> config,
                    @JsonProperty("sla_warning_minutes") int slaWarningMinutes, String assignment,
                    @Nullable @JsonProperty("staff_token") @JsonInclude(JsonInclude.Include.NON_NULL)
                    String staffToken,
                    @Nullable @JsonProperty("owner_invitation_url") @JsonInclude(JsonInclude.Include.NON_NULL)
                    String ownerInvitationUrl) {

    static TenantAnswer of(Tenant tenant) {
        return provisioned(tenant, null, null);
    }

    /** A new business: its first API token and its owner's invitation link, both shown this once. */
    static TenantAnswer provisioned(Tenant tenant, String staffToken, String ownerInvitationUrl) {
        var profile = tenant.profile();
        var missedCall = profile.missedCall();
        return new TenantAnswer(tenant.id(), profile.name(), profile.slug(), e164(profile.phone()), profile.email(),
                e164(profile.smsNumber()), profile.websiteDomain(), profile.reviews().googleReviewLink(),
                profile.timezone().getId(), profile.quietHours().start().toString(), profile.quietHours().end().toString(),
                profile.sla().responseMinutes(), profile.reviews().delayHours(), profile.plan().code(), profile.active(),
                profile.modules().byKey(), missedCall.delaySeconds(), missedCall.dedupeMinutes(),
                missedCall.dailySmsLimit(), missedCall.blocklistThreshold(), profile.dailySmsCap().perDay(),
                profile.sla().pauseWeekends(),
                profile.sla().canton() == null ? null : profile.sla().canton().code(),
                profile.channels().ringSeconds(), e164(profile.channels().alertPhone()), profile.config(),
                profile.sla().warningMinutes(), profile.assignment().code(), staffToken, ownerInvitationUrl);
    }

    private static String e164(PhoneNumber number) {
        return number == null ? null : number.e164();
    }
}

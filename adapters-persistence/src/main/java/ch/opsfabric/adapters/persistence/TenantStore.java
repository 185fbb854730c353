package ch.opsfabric.adapters.persistence;

import ch.opsfabric.domain.sms.DailySmsCap;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TenantDirectoryPort;
import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Assignment;
import ch.opsfabric.domain.tenant.ChannelSettings;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Modules;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.time.Canton;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code customers} table: one row per business, mapped to {@link Tenant} here and nowhere else. */
@Singleton
class TenantStore implements LoadTenantPort, StoreTenantPort, TenantDirectoryPort {

    private static final String COLUMNS = """
            name, slug, phone, email, sms_number, website_domain, google_review_link, timezone,
            quiet_hours_start, quiet_hours_end, sla_response_minutes, review_delay_hours, plan, active,
            modules, missed_call_delay_seconds, missed_call_dedupe_minutes, missed_call_daily_sms_limit,
            missed_call_blocklist_threshold, sla_pause_weekends, canton, config, daily_sms_cap, ring_seconds,
            alert_phone, sla_warning_minutes, assignment""";

    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "customers_slug_key", "slug",
            "customers_sms_number_key", "sms_number");

    private final Sql sql;
    private final JsonColumns json;

    TenantStore(Sql sql, JsonColumns json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<Tenant> bySlug(String slug) {
        // Text that is no slug is not asked for: it names no row, and PostgreSQL refuses some of it (NUL).
        if (!TenantProfile.isSlug(slug)) {
            return Optional.empty();
        }
        return sql.one("SELECT id, " + COLUMNS + " FROM customers WHERE slug = ?", this::tenant, slug);
    }

    @Override
    public Optional<Tenant> byId(UUID id) {
        return sql.one("SELECT id, " + COLUMNS + " FROM customers WHERE id = ?", this::tenant, id);
    }

    @Override
    public Optional<Tenant> bySmsNumber(PhoneNumber number) {
        return sql.one("SELECT id, " + COLUMNS + " FROM customers WHERE sms_number = ?", this::tenant, number.e164());
    }

    @Override
    public List<Tenant> active() {
        return sql.list("SELECT id, " + COLUMNS + " FROM customers WHERE active ORDER BY slug", this::tenant);
    }

    @Override
    public void create(Tenant tenant, Instant onboardedAt) {
        var values = profileValues(tenant.profile());
        var parameters = new Object[values.length + 4];
        parameters[0] = tenant.id();
        System.arraycopy(values, 0, parameters, 1, values.length);
        parameters[values.length + 1] = onboardedAt;
        parameters[values.length + 2] = onboardedAt;
        parameters[values.length + 3] = tenant.profile().active() ? null : onboardedAt;
        try {
            sql.update("INSERT INTO customers (id, " + COLUMNS + ", onboarded_at, updated_at, deactivated_at) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, "
                    + "CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?)", parameters);
        } catch (RuntimeException failure) {
            throw UniqueViolations.translate(failure, UNIQUE_FIELDS);
        }
    }

    @Override
    public void update(Tenant tenant, Instant changedAt) {
        var values = profileValues(tenant.profile());
        var parameters = new Object[values.length + 3];
        System.arraycopy(values, 0, parameters, 0, values.length);
        // The churn rate needs the moment a tenant was lost; SET sees the row's old "active".
        parameters[values.length] = tenant.profile().active();
        parameters[values.length + 1] = changedAt;
        parameters[values.length + 2] = tenant.id();
        try {
            sql.update("""
                    UPDATE customers SET name = ?, slug = ?, phone = ?, email = ?, sms_number = ?, website_domain = ?,
                        google_review_link = ?, timezone = ?, quiet_hours_start = ?, quiet_hours_end = ?,
                        sla_response_minutes = ?, review_delay_hours = ?, plan = ?, active = ?,
                        modules = CAST(? AS jsonb), missed_call_delay_seconds = ?, missed_call_dedupe_minutes = ?,
                        missed_call_daily_sms_limit = ?, missed_call_blocklist_threshold = ?, sla_pause_weekends = ?,
                        canton = ?, config = CAST(? AS jsonb), daily_sms_cap = ?, ring_seconds = ?, alert_phone = ?,
                        sla_warning_minutes = ?, assignment = ?,
                        updated_at = now(),
                        deactivated_at = CASE WHEN ? THEN NULL WHEN active THEN ? ELSE deactivated_at END
                    WHERE id = ?""", parameters);
        } catch (RuntimeException failure) {
            throw UniqueViolations.translate(failure, UNIQUE_FIELDS);
        }
    }

    private Object[] profileValues(TenantProfile profile) {
        var missedCall = profile.missedCall();
        return new Object[] {
            profile.name(), profile.slug(), e164(profile.phone()), profile.email(), e164(profile.smsNumber()),
            profile.websiteDomain(), profile.reviews().googleReviewLink(), profile.timezone().getId(),
            profile.quietHours().start(), profile.quietHours().end(), profile.sla().responseMinutes(),
            profile.reviews().delayHours(), profile.plan().code(), profile.active(),
            json.write(profile.modules().byKey()), missedCall.delaySeconds(), missedCall.dedupeMinutes(),
            missedCall.dailySmsLimit(), missedCall.blocklistThreshold(), profile.sla().pauseWeekends(),
            profile.sla().canton() == null ? null : profile.sla().canton().code(), json.write(profile.config()),
            profile.dailySmsCap().perDay(), profile.channels().ringSeconds(), e164(profile.channels().alertPhone()),
            profile.sla().warningMinutes(), profile.assignment().code()
        };
    }

    private Tenant tenant(ResultSet row) throws SQLException {
        var profile = new TenantProfile(
                row.getString("name"), row.getString("slug"), phone(row, "phone"), row.getString("email"),
                phone(row, "sms_number"), row.getString("website_domain"), ZoneId.of(row.getString("timezone")),
                Plan.fromCode(row.getString("plan")), row.getBoolean("active"), modules(row.getString("modules")),
                new QuietHours(row.getObject("quiet_hours_start", LocalTime.class),
                        row.getObject("quiet_hours_end", LocalTime.class)),
                new SlaSettings(row.getInt("sla_response_minutes"), row.getBoolean("sla_pause_weekends"),
                        row.getString("canton") == null ? null : Canton.fromCode(row.getString("canton")),
                        row.getInt("sla_warning_minutes")),
                new ReviewSettings(row.getString("google_review_link"), row.getInt("review_delay_hours")),
                new MissedCallSettings(row.getInt("missed_call_delay_seconds"), row.getInt("missed_call_dedupe_minutes"),
                        row.getInt("missed_call_daily_sms_limit"), row.getInt("missed_call_blocklist_threshold")),
                new DailySmsCap(row.getInt("daily_sms_cap")),
                new ChannelSettings(row.getInt("ring_seconds"), phone(row, "alert_phone")),
                json.read(row.getString("config")), Assignment.fromCode(row.getString("assignment")));
        return new Tenant(row.getObject("id", UUID.class), profile);
    }

    private Modules modules(String column) {
        var switches = new EnumMap<Module, Boolean>(Module.class);
        json.read(column).forEach((key, on) -> Modules.moduleForKey(key)
                .ifPresent(module -> switches.put(module, Boolean.TRUE.equals(on))));
        return new Modules(switches);
    }

    private static PhoneNumber phone(ResultSet row, String column) throws SQLException {
        var value = row.getString(column);
        return value == null ? null : new PhoneNumber(value);
    }

    private static String e164(PhoneNumber number) {
        return number == null ? null : number.e164();
    }
}

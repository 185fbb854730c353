package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.tenant.TenantProfile;

/**
 * The number a page offers to call: the business's main number, else the one its SMS come from; both empty when
 * it has neither.
 *
 * @param shown as people read it ({@code 044 443 52 00})
 * @param href  the {@code tel:} link ({@code tel:+41444435200})
 */
record BusinessPhone(String shown, String href) {

    static BusinessPhone of(TenantProfile profile, NumberingPlan numbers) {
        var phone = profile.phone() != null ? profile.phone() : profile.smsNumber();
        return phone == null ? new BusinessPhone("", "") : new BusinessPhone(numbers.forDisplay(phone), "tel:" + phone.e164());
    }

    String e164() {
        return href.isEmpty() ? null : href.substring("tel:".length());
    }
}

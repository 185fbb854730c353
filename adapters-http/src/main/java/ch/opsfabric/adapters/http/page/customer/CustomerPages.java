package ch.opsfabric.adapters.http.page.customer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** The answers the customer pages share: a rendered page with a status, and the German 404. */
final class CustomerPages {

    private CustomerPages() {
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status, String view,
                                                                      Map<String, Object> model) {
        // The model stays mutable: PageAssetsModel adds the asset addresses to it.
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>(view, new HashMap<>(model)));
    }

    /** Unknown, inactive or (for the wizard) switched-off businesses look alike: nothing here. */
    static MutableHttpResponse<ModelAndView<Map<String, Object>>> notFound() {
        return page(HttpStatus.NOT_FOUND, "customer/not-found", Map.of());
    }
}

package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.tenant.TenantProfile;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wizard of one business as its templates show it: the choice of flows, and one step of a flow. */
final class WizardPage {

    private final TenantProfile profile;
    private final BusinessWizard wizard;
    private final NumberingPlan numbers;

    WizardPage(TenantProfile profile, NumberingPlan numbers) {
        this.profile = profile;
        this.wizard = BusinessWizard.of(profile);
        this.numbers = numbers;
    }

    BusinessWizard wizard() {
        return wizard;
    }

    /** A flow to choose on the first page. */
    record FlowLink(String href, String title, String teaser, boolean emergency) {
    }

    /** The flows to choose from; each link keeps the missed-call mark and number. */
    MutableHttpResponse<ModelAndView<Map<String, Object>>> choice(boolean fromMissedCall, String phone) {
        var links = wizard.flows().stream().map(flow -> {
            var link = UriBuilder.of(address()).queryParam("flow", flow.code());
            if (fromMissedCall) {
                link.queryParam("ref", WizardAnswers.REF_MISSED_CALL);
            }
            if (phone != null && !phone.isBlank()) {
                link.queryParam("phone", phone);
            }
            return new FlowLink(link.toString(), flow.title(), flow.teaser(), flow.emergency());
        }).toList();
        return CustomerPages.page(HttpStatus.OK, "customer/wizard-choice",
                Map.of("business", profile.name(), "flows", links));
    }

    /**
     * Step {@code index} of the flow with the answers so far: those of this step in its fields (with the messages
     * for the refused ones), all others carried along in hidden fields.
     */
    MutableHttpResponse<ModelAndView<Map<String, Object>>> step(WizardFlow flow, int index, WizardAnswers answers,
                                                               Map<String, String> errors, boolean fromMissedCall,
                                                               HttpStatus status) {
        var steps = wizard.steps(flow);
        var asked = steps.get(index);
        var carried = new LinkedHashMap<>(answers.values());
        asked.forEach(field -> carried.remove(field.param()));
        var phone = BusinessPhone.of(profile, numbers);
        var model = new HashMap<String, Object>();
        model.put("business", profile.name());
        model.put("slug", profile.slug());
        model.put("flow", flow.code());
        model.put("heading", flow.title());
        model.put("emergency", flow.emergency() && index == 0);
        model.put("phone", phone.shown());
        model.put("tel", phone.href());
        model.put("stepNumber", index + 1);
        model.put("stepCount", steps.size());
        model.put("last", index == steps.size() - 1);
        model.put("fields", asked.stream().map(field -> view(field, flow, answers.value(field),
                errors.get(field.param()))).toList());
        model.put("carried", carried);
        model.put("errors", List.copyOf(errors.values()));
        model.put("ref", fromMissedCall ? WizardAnswers.REF_MISSED_CALL : "");
        model.put("honeypot", WizardController.HONEYPOT);
        model.put("choice", wizard.flows().size() > 1 ? address() : "");
        return CustomerPages.page(status, "customer/wizard-step", model);
    }

    /**
     * The question as shown: the consent names the business it is given to; the telephone number is required in
     * a Notfall, elsewhere it or the e-mail address is.
     */
    private FieldView view(WizardField field, WizardFlow flow, String value, String error) {
        var label = field == WizardField.EINWILLIGUNG
                ? "Ich bin einverstanden, dass " + profile.name() + " mich zu dieser Anfrage kontaktiert und meine "
                        + "Angaben dafür speichert."
                : field.label();
        var phoneRequired = field == WizardField.TELEFON && flow.emergency();
        var hint = field == WizardField.TELEFON && !flow.emergency()
                ? "Telefon oder E-Mail: eines von beiden genügt." : field.hint();
        return new FieldView(field.param(), label, field.kind(), value, error, field.required() || phoneRequired,
                hint, field.autocomplete(), field.maxLength(),
                field == WizardField.KATEGORIE ? wizard.categories(flow) : List.of());
    }

    private String address() {
        return "/" + profile.slug() + "/anfrage";
    }
}

package ch.opsfabric.application.port.in;

import java.util.UUID;

/** Counts a visit to a business's wizard: the denominator of the captured rate. */
public interface RecordWizardVisitUseCase {

    /**
     * @return the visit's id, for the wizard to name when it submits, so the visit counts as captured
     * @throws ch.opsfabric.application.port.NotFound for an unknown business
     */
    UUID visit(String customerSlug);
}

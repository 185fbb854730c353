package ch.opsfabric.application.port.in;

/** Counts a visit to a business's wizard: the denominator of the captured rate. */
public interface RecordWizardVisitUseCase {

    /** @throws ch.opsfabric.application.port.NotFound for an unknown business */
    void visit(String customerSlug);
}

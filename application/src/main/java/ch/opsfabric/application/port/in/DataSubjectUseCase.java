package ch.opsfabric.application.port.in;

/** docs/privacy.md, Data-subject requests: a person's right to see and to erase what a business holds on them. */
public interface DataSubjectUseCase {

    /** Throws NotFound for an unknown business. */
    DataSubjectRows find(DataSubject subject);

    /**
     * Erases the person's data the way anonymisation does, in one transaction, and records that an erasure
     * happened, with its counts but not whom it was about. Throws NotFound for an unknown business.
     */
    DataSubjectErasure erase(DataSubject subject);
}

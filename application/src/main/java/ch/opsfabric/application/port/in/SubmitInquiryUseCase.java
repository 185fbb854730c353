package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.ticket.Actor;


/** Turns a wizard or manual request into a ticket (or into part of today's open one) and confirms it. */
public interface SubmitInquiryUseCase {

    /** A request the customer made (the wizard, the public API). */
    default InquiryOutcome submit(SubmitInquiryCommand command) {
        return submit(command, Actor.CUSTOMER);
    }

    /** @param actor who entered it: the customer, or the staff member or integration typing it in */
    InquiryOutcome submit(SubmitInquiryCommand command, Actor actor);
}

package ch.opsfabric.application.port.in;


/** Turns a wizard or manual request into a ticket (or into part of today's open one) and confirms it. */
public interface SubmitInquiryUseCase {

    InquiryOutcome submit(SubmitInquiryCommand command);
}

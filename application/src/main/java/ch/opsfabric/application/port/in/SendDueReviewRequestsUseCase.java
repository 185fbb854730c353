package ch.opsfabric.application.port.in;


/**
 * Asks the customers of finished jobs for a Google review once their business's delay has run
 * out (docs/domain-rules.md, Review engine). Finds what is due in the store, whoever moved the tickets to DONE; safe
 * to run on several instances at once.
 */
public interface SendDueReviewRequestsUseCase {

    ReviewRun sendDue();
}

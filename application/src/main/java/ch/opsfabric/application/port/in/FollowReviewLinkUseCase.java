package ch.opsfabric.application.port.in;


/** A customer (or a link scanner) opened the tracking link of a review SMS. */
public interface FollowReviewLinkUseCase {

    /**
     * Counts the first real click and tells where to send the visitor.
     *
     * @return the business's Google review link
     * @throws ch.opsfabric.application.port.NotFound for a token no review SMS carried, naming nothing else
     */
    String follow(ReviewLinkVisit visit);
}

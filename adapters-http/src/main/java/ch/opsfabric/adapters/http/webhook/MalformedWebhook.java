package ch.opsfabric.adapters.http.webhook;

/** A callback that is not the form or JSON its route reads. Answered 400. */
public final class MalformedWebhook extends RuntimeException {

    public MalformedWebhook(String message) {
        super(message);
    }
}

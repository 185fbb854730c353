package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.StreamEvent;

/**
 * One open stream, as its connection sees it. Both offers answer at once: a client whose buffer is
 * full answers false and is then disconnected, so a client that stops reading holds a bounded
 * buffer and delays nobody; it resumes with the last id it received.
 */
public interface StreamClient {

    /** @return false when the client's buffer is full */
    boolean offer(StreamEvent event);

    /** A comment that keeps proxies from closing an idle connection. @return false when the buffer is full */
    boolean offerKeepAlive();

    /** Ends the stream once what it holds is sent; the client resumes with its last event id. */
    void finish();

    /** Ends the connection now, dropping what it holds; the client resumes with the last event id it received. */
    void disconnect();
}

package ch.opsfabric.domain.routing;

import java.util.Objects;

/** An e-mail to the business, ready to send. */
public record EmailText(String subject, String body) {

    public EmailText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.contains("\r") || subject.contains("\n")) {
            // A line break in a subject would let customer text inject mail headers.
            throw new IllegalArgumentException("a subject is one line: " + subject);
        }
    }
}

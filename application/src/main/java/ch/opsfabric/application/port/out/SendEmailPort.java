package ch.opsfabric.application.port.out;

/** A mail server. Implementations report a failure as a result; they never throw for one. */
public interface SendEmailPort {

    EmailResult send(EmailMessage message);

    /**
     * @param replyTo    where an answer should go; null for the sender's address
     * @param attachment the one file it carries; null for none
     */
    record EmailMessage(String to, String subject, String body, String replyTo, EmailAttachment attachment) {

        public EmailMessage(String to, String subject, String body) {
            this(to, subject, body, null, null);
        }
    }

    sealed interface EmailResult {

        record Sent() implements EmailResult {
        }

        record Failed(String detail) implements EmailResult {
        }
    }
}

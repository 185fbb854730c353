package ch.opsfabric.application.port.out;

/** A mail server. Implementations report a failure as a result; they never throw for one. */
public interface SendEmailPort {

    EmailResult send(EmailMessage message);

    record EmailMessage(String to, String subject, String body) {
    }

    sealed interface EmailResult {

        record Sent() implements EmailResult {
        }

        record Failed(String detail) implements EmailResult {
        }
    }
}

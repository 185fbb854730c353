package ch.opsfabric.adapters.http.webhook.twilio;

import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code ErrorCode} of an undelivered or failed message says of the number, in Twilio's
 * documented meanings (twilio.com/docs/api/errors/{code}). Only codes that condemn the number itself
 * mark it; a handset that is off, a carrier that filters the text or an account problem says nothing
 * about whether the number can take SMS tomorrow.
 *
 * <table>
 * <caption>Twilio's delivery errors and what they mean here</caption>
 * <tr><th>code</th><th>Twilio's name</th><th>here</th></tr>
 * <tr><td>30001</td><td>Queue overflow</td><td>nothing about the number</td></tr>
 * <tr><td>30002</td><td>Account suspended</td><td>nothing about the number</td></tr>
 * <tr><td>30003</td><td>Unreachable destination handset (powered off, no signal, roaming; "usually
 *     temporary")</td><td>nothing about the number</td></tr>
 * <tr><td>30004</td><td>Message blocked (by the carrier or the recipient's settings)</td><td>nothing
 *     about the number: not an opt-out the business received</td></tr>
 * <tr><td>30005</td><td>Unknown destination handset: the number is unknown, inactive or no longer in
 *     service</td><td>{@code INVALID_NUMBER}</td></tr>
 * <tr><td>30006</td><td>Landline or unreachable carrier: "the destination number cannot receive your
 *     message" (the carrier part concerns short codes, which this service does not send from)</td>
 *     <td>{@code LANDLINE}</td></tr>
 * <tr><td>30007</td><td>Message filtered (carrier filtering of the content)</td><td>nothing about the
 *     number</td></tr>
 * <tr><td>30008</td><td>Unknown error</td><td>nothing about the number</td></tr>
 * <tr><td>30009</td><td>Missing segment</td><td>nothing about the number</td></tr>
 * <tr><td>30010</td><td>Message price exceeds max price</td><td>nothing about the number</td></tr>
 * <tr><td>21211, 21614</td><td>Invalid 'To' number; 'To' number is not a valid mobile number</td>
 *     <td>{@code INVALID_NUMBER}</td></tr>
 * <tr><td>21635</td><td>'To' number cannot be a landline</td><td>{@code LANDLINE}</td></tr>
 * <tr><td>21610</td><td>Attempt to send to an unsubscribed recipient (replied STOP)</td>
 *     <td>{@code UNSUBSCRIBED}</td></tr>
 * </table>
 *
 * <p>The 21xxx codes are the refusals the SMS adapter reads from Twilio's answer when it sends;
 * Twilio reports them in a status callback ({@code failed}) instead when it checks the message after
 * accepting it, as a Messaging Service does. They mean the same either way.
 */
final class TwilioDeliveryErrors {

    private static final Map<String, RejectionReason> NUMBER_ERRORS = Map.of(
            "30005", RejectionReason.INVALID_NUMBER,
            "30006", RejectionReason.LANDLINE,
            "21211", RejectionReason.INVALID_NUMBER,
            "21614", RejectionReason.INVALID_NUMBER,
            "21635", RejectionReason.LANDLINE,
            "21610", RejectionReason.UNSUBSCRIBED);

    private TwilioDeliveryErrors() {
    }

    /** What the error code says of the number; empty for a code that names no fault of the number, or none. */
    static Optional<RejectionReason> reasonFor(String errorCode) {
        return Optional.ofNullable(errorCode).map(String::strip).map(NUMBER_ERRORS::get);
    }
}

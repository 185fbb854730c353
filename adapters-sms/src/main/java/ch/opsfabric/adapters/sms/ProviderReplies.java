package ch.opsfabric.adapters.sms;

import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import java.util.Optional;

/**
 * The part of an answer only the provider's own documentation can explain: where its message id
 * is, how it words an error, and which of its error codes mean the number itself is at fault.
 * Everything HTTP already says (2xx, 401, 429, 5xx) is read once, in {@link ProviderHttp}.
 */
public interface ProviderReplies {

    /** The provider's reference for the accepted message, as its delivery reports will name it. */
    Optional<String> providerId(ProviderReply reply);

    /** The provider's own words for a refusal, short enough for an {@code sms_failed} event. */
    String describe(ProviderReply reply);

    /** Why a 4xx refusal is final: a bad, landline or opted-out number, or {@code OTHER}. */
    RejectionReason reasonFor(ProviderReply reply);
}

package ch.opsfabric.adapters.sms;

/**
 * Makes a provider one that {@code SMS_PROVIDER} may name. Each provider's package has one, next
 * to its sender (which is only created when it is the one chosen), so {@link SmsProviders} learns
 * the providers of this build without a list of them.
 */
public interface SmsProvider {

    String PROPERTY = "sms.provider";

    /** The value of {@code SMS_PROVIDER} that chooses this provider. */
    String name();
}

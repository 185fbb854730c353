package ch.opsfabric.application.port.out;

/** Unguessable random text for tokens that grant access. */
public interface SecretGenerator {

    /** A URL-safe secret carrying at least {@code bits} bits of entropy. */
    String newSecret(int bits);
}

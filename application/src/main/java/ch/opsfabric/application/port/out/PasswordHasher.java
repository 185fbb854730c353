package ch.opsfabric.application.port.out;

/** Turns a password into a salted, deliberately slow hash, and checks a password against one. */
public interface PasswordHasher {

    String hash(String password);

    /** Also false for a missing hash (a person who never set a password). */
    boolean matches(String password, String hash);
}

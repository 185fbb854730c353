package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.out.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Staff passwords as Argon2id hashes (password4j) with OWASP's minimum parameters: 19 MiB of memory, 2 passes,
 * one lane. The stored text names its parameters, so hashes made with other ones keep verifying.
 */
@Singleton
final class Argon2Passwords implements PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}

package ch.opsfabric.domain.people;

import ch.opsfabric.domain.InvalidValue;

/** A password a person chooses: long enough to resist guessing, short enough to hash without burden. */
public final class NewPassword {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private NewPassword() {
    }

    /** @throws InvalidValue naming {@code password} */
    public static String check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH) {
            throw new InvalidValue("password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        return password;
    }
}

package ch.opsfabric.application.port.in;

import java.util.regex.Pattern;

/**
 * The limits on contact details and text that every way of entering them shares (wizard, manual
 * entry, staff corrections), so a value accepted on one path is never refused on another.
 */
public final class ContactFields {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SUMMARY_LENGTH = 5_000;
    public static final int MAX_EMAIL_LENGTH = 254;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactFields() {
    }

    /** A plausible address: one {@code @}, a dot in the domain, no spaces. Delivery is the real test. */
    public static boolean isEmailAddress(String text) {
        return text != null && text.strip().length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(text.strip()).matches();
    }
}

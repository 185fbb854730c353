package ch.opsfabric.domain.sms;

/**
 * The body of one outbound SMS, as it will go over the air. Creating one replaces typographic look-alikes with
 * their GSM-7 characters (see {@link Gsm7LookAlikes}) and drops leading and trailing whitespace, so two texts that
 * read the same are equal, and the encoding, length and segment count are those the provider will bill.
 *
 * @param body the normalised text; never blank
 */
public record SmsText(String body) {

    public SmsText {
        if (body == null) {
            throw new IllegalArgumentException("an SMS text is required but was null");
        }
        body = Gsm7LookAlikes.replace(body).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("an SMS text must not be blank");
        }
    }

    public static SmsText of(String body) {
        return new SmsText(body);
    }

    public SmsEncoding encoding() {
        return SmsEncoding.of(body);
    }

    /** Length in units of the {@link #encoding()}: septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2. */
    public int encodedLength() {
        return encoding().length(body);
    }

    public int segments() {
        return encoding().segments(body);
    }
}

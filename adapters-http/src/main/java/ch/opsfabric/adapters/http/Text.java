package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.InvalidValue;

/** Text from a request that the database can store: PostgreSQL refuses the NUL character in text. */
final class Text {

    private Text() {
    }

    static String storable(String field, String text) {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new InvalidValue(field, "must not contain the NUL character");
        }
        return text;
    }
}

package ch.opsfabric.adapters.http.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body decoded in a chosen character set. Providers
 * disagree: Twilio sends UTF-8, eCall Windows-1252, and some send raw 8-bit bytes unescaped; both
 * escaped and raw bytes are decoded in the given charset so umlauts survive either way.
 */
final class FormBody {

    private FormBody() {
    }

    static Map<String, List<String>> parse(byte[] body, Charset charset) {
        var fields = new LinkedHashMap<String, List<String>>();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start);
            if (end > start) {
                int equals = indexOf(body, (byte) '=', start);
                var name = decode(body, start, Math.min(equals, end), charset);
                var value = equals < end ? decode(body, equals + 1, end, charset) : "";
                fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
        return fields;
    }

    private static int indexOf(byte[] body, byte wanted, int from) {
        for (int index = from; index < body.length; index++) {
            if (body[index] == wanted) {
                return index;
            }
        }
        return body.length;
    }

    private static String decode(byte[] body, int from, int to, Charset charset) {
        var bytes = new ByteArrayOutputStream(to - from);
        for (int index = from; index < to; index++) {
            byte current = body[index];
            if (current == '+') {
                bytes.write(' ');
            } else if (current == '%' && isHex(body, index + 1, to)) {
                bytes.write(Character.digit(body[index + 1], 16) * 16 + Character.digit(body[index + 2], 16));
                index += 2;
            } else {
                bytes.write(current);
            }
        }
        return bytes.toString(charset);
    }

    /** Whether two hex digits start at {@code at}, before {@code to}. */
    private static boolean isHex(byte[] body, int at, int to) {
        return at + 1 < to && Character.digit(body[at], 16) >= 0 && Character.digit(body[at + 1], 16) >= 0;
    }
}

package ch.opsfabric.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void utf8_escapes_decode_to_umlauts() {
        var form = FormBody.parse("Body=Gr%C3%BCezi+Z%C3%BCrich&To=%2B41435000001".getBytes(StandardCharsets.US_ASCII),
                StandardCharsets.UTF_8);

        assertThat(form).containsEntry("Body", List.of("Grüezi Zürich")).containsEntry("To", List.of("+41435000001"));
    }

    @Test
    void windows_1252_escapes_decode_to_umlauts() {
        var form = FormBody.parse("Message=Heizung+f%E4llt+aus%2C+Gr%FCsse".getBytes(StandardCharsets.US_ASCII),
                WINDOWS_1252);

        assertThat(form).containsEntry("Message", List.of("Heizung fällt aus, Grüsse"));
    }

    @Test
    void raw_windows_1252_bytes_decode_to_umlauts() {
        var form = FormBody.parse("Message=M\u00fcller".getBytes(WINDOWS_1252), WINDOWS_1252);

        assertThat(form).containsEntry("Message", List.of("Müller"));
    }

    @Test
    void repeated_and_empty_fields_are_kept_and_a_stray_percent_stays_literal() {
        var form = FormBody.parse("a=1&a=2&b=&c&d=100%".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8);

        assertThat(form).containsEntry("a", List.of("1", "2")).containsEntry("b", List.of(""))
                .containsEntry("c", List.of("")).containsEntry("d", List.of("100%"));
    }
}

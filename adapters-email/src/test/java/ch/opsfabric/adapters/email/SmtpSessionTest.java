package ch.opsfabric.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The mail session: micronaut-email's javamail properties, with a login only when SMTP_USERNAME is set. */
class SmtpSessionTest {

    private static Properties javamail() {
        var properties = new Properties();
        properties.put("mail.smtp.host", "mail.example");
        properties.put("mail.smtp.port", "2525");
        return properties;
    }

    @Test
    void without_a_username_no_login_is_attempted() {
        var session = new SmtpSession().smtpSession(SmtpSessionTest::javamail,
                new SmtpSettings("mail.example", null, null, "noreply@opsfabric.ch")).session();

        assertThat(session.getProperty("mail.smtp.host")).isEqualTo("mail.example");
        assertThat(session.getProperty("mail.smtp.port")).isEqualTo("2525");
        assertThat(session.getProperty("mail.smtp.auth")).isNull();
    }

    @Test
    void with_a_username_the_session_logs_in_with_it() throws Exception {
        var session = new SmtpSession().smtpSession(SmtpSessionTest::javamail,
                new SmtpSettings("mail.example", "ops", "s3cret", "noreply@opsfabric.ch")).session();

        var login = session.requestPasswordAuthentication(InetAddress.getLoopbackAddress(), 2525, "smtp", null, "ops");

        assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(login.getUserName()).isEqualTo("ops");
        assertThat(login.getPassword()).isEqualTo("s3cret");
    }

    @Test
    void each_context_gets_a_session_of_its_own_settings() {
        var first = new SmtpSession().smtpSession(SmtpSessionTest::javamail,
                new SmtpSettings("mail.example", null, null, "a@example.ch")).session();
        var other = new Properties();
        other.put("mail.smtp.host", "other.example");
        var second = new SmtpSession().smtpSession(() -> other,
                new SmtpSettings("other.example", null, null, "a@example.ch")).session();

        assertThat(first.getProperty("mail.smtp.host")).isEqualTo("mail.example");
        assertThat(second.getProperty("mail.smtp.host")).isEqualTo("other.example");
    }

    @Test
    void the_password_never_prints() {
        assertThat(new SmtpSettings("mail.example", "ops", "s3cret", "a@example.ch").toString()).doesNotContain("s3cret");
    }
}

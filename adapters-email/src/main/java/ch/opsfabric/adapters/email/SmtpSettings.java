package ch.opsfabric.adapters.email;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The mail session, built from the {@code SMTP_*} environment variables. Timeouts are short: a
 * hanging mail server must not hold a dispatcher thread, the durable queue retries anyway.
 */
@Factory
@Requires(property = SmtpSettings.HOST)
class SmtpSettings {

    static final String HOST = "smtp.host";

    @Singleton
    SessionProvider smtpSession(@Value("${smtp.host}") String host, @Value("${smtp.port:587}") int port,
                                @Value("${smtp.username:}") String username, @Value("${smtp.password:}") String password,
                                @Value("${smtp.starttls:true}") boolean startTls) {
        var properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (username.isBlank()) {
            return () -> Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        var authenticator = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        };
        return () -> Session.getInstance(properties, authenticator);
    }
}

package ch.opsfabric.adapters.email;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The mail session, from micronaut-email-javamail's own {@code javamail.properties} plus the login
 * when {@code SMTP_USERNAME} is set.
 *
 * <p>Two things micronaut-email's default session does not fit: it takes JavaMail's JVM-wide
 * default session, so a second application context in the same JVM (the tests run several, each
 * with its own mail server) would keep sending to the first one's server; and JavaMail must only
 * be told to authenticate ({@code mail.smtp.auth}) when there is a username, which a placeholder
 * in application.yml cannot express.
 */
@Factory
@Requires(property = SmtpSettings.HOST)
class SmtpSession {

    @Singleton
    SessionProvider smtpSession(MailPropertiesProvider javamail, SmtpSettings settings) {
        var properties = new Properties();
        properties.putAll(javamail.mailProperties());
        if (settings.username() == null || settings.username().isBlank()) {
            return () -> Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        var login = new PasswordAuthentication(settings.username(),
                settings.password() == null ? "" : settings.password());
        var authenticator = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return login;
            }
        };
        return () -> Session.getInstance(properties, authenticator);
    }
}

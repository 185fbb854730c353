package ch.opsfabric.adapters.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code SMTP_*} settings the mail session does not take by itself. Host, port, STARTTLS and
 * timeouts are micronaut-email-javamail's own {@code javamail.properties} (application.yml maps
 * {@code SMTP_HOST}, {@code SMTP_PORT} and {@code SMTP_STARTTLS} there); the login is added by
 * {@link SmtpSession}, since JavaMail must only be told to authenticate when a username is set.
 *
 * @param host     {@code SMTP_HOST}; unset, e-mails go to the log
 * @param username {@code SMTP_USERNAME}; unset, no login is attempted
 * @param password {@code SMTP_PASSWORD}
 * @param from     {@code SMTP_FROM}, the sender of every e-mail
 */
@ConfigurationProperties("smtp")
record SmtpSettings(@Nullable String host, @Nullable String username, @Nullable String password,
                    @Bindable(defaultValue = "noreply@opsfabric.ch") String from) {

    static final String HOST = "smtp.host";

    @Override
    public String toString() {
        // A record prints every component; the password must never reach a log or an exception.
        return "SmtpSettings[host=" + host + ", username=" + username + ", from=" + from + "]";
    }
}

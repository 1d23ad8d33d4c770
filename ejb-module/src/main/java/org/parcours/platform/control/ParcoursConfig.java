package org.parcours.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parcours settings, read through MicroProfile Config: system properties ({@code -Dparcours.mail.smtp.host=...}),
 * environment variables ({@code PARCOURS_MAIL_SMTP_HOST}) or the defaults in META-INF/microprofile-config.properties.
 */
@ApplicationScoped
public class ParcoursConfig {

    @Inject
    @ConfigProperty(name = "parcours.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "parcours.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "parcours.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "parcours.mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "parcours.mail.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "parcours.mail.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "parcours.mail.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "parcours.mail.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "parcours.mail.from", defaultValue = "parcours@localhost")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "parcours.mail.retry.first-delay-seconds", defaultValue = "60")
    long retryFirstDelaySeconds;

    @Inject
    @ConfigProperty(name = "parcours.mail.retry.max-attempts", defaultValue = "8")
    int retryMaxAttempts;

    public Path dataDir() {
        return Path.of(dataDir);
    }

    public boolean demo() {
        return demo;
    }

    /** The address people reach Parcours at, without a trailing slash, for links in mails. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Optional<String> smtpHost() {
        return smtpHost.filter(host -> !host.isBlank());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(user -> !user.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public Duration retryFirstDelay() {
        return Duration.ofSeconds(Math.max(1, retryFirstDelaySeconds));
    }

    public int retryMaxAttempts() {
        return Math.max(1, retryMaxAttempts);
    }
}

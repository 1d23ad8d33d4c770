package org.parcours.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import org.parcours.mail.entity.OutboxMail;
import org.parcours.platform.control.ParcoursConfig;

/** Sends one outbox mail through the configured SMTP server, with Jakarta Mail. */
@ApplicationScoped
public class SmtpSender {

    private static final String TIMEOUT_MILLIS = "15000";

    @Inject
    ParcoursConfig config;

    public boolean configured() {
        return config.smtpHost().isPresent();
    }

    public void send(OutboxMail mail) throws MessagingException {
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.mailFrom()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBodyText(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("X-Parcours-Mail", String.valueOf(mail.getId()));
        Transport.send(message);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", config.smtpHost().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(config.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.smtpStartTls()));
        if (config.smtpUser().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = config.smtpUser().get();
            String password = config.smtpPassword().orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(properties);
    }
}

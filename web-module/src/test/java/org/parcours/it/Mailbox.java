package org.parcours.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the port Parcours is configured to send to in the tests
 * ({@code parcours.mail.smtp.port}). It can be stopped to make the mail server "down".
 */
public final class Mailbox {

    private static GreenMail server;

    private Mailbox() {
    }

    public static synchronized GreenMail start() {
        if (server == null) {
            int port = Integer.getInteger("parcours.mail.smtp.port", 3025);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received for {@code address} so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(start().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}

package org.parcours.acceptance;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Parcours server with demo data for all browser journeys of a run, sending its mail to a real SMTP server
 * (GreenMail) in this JVM. Started on first use, stopped when the run ends.
 */
public final class DemoServer implements ExtensionContext.Store.CloseableResource {

    private final GreenMail mail;
    private final MicroServer server;

    private DemoServer() {
        int smtpPort = MicroServer.freePort();
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        server = MicroServer.start("journeys", Map.of(
                "parcours.mail.smtp.host", "127.0.0.1",
                "parcours.mail.smtp.port", String.valueOf(smtpPort)));
    }

    public static DemoServer get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DemoServer.class, key -> new DemoServer(), DemoServer.class);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public GreenMail mail() {
        return mail;
    }

    @Override
    public void close() throws Throwable {
        try {
            server.close();
        } finally {
            mail.stop();
        }
    }
}

package org.parcours.acceptance;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A full Payara Server from the distribution zip, driven with asadmin: a domain of its own on a port base, started
 * with the environment that configures Parcours, as an operator would.
 */
public final class PayaraServer implements AutoCloseable {

    private final Path home;
    private final String domain;
    private final int portBase;
    private final Map<String, String> environment;
    private final Path log;

    public PayaraServer(String domain, int portBase, Map<String, String> environment) {
        this.home = Path.of(System.getProperty("payara.server.dir", "target/payara-server/payara6"));
        this.domain = domain;
        this.portBase = portBase;
        this.environment = environment;
        this.log = MicroServer.testDir().resolve(domain + "-asadmin.log");
    }

    public int httpPort() {
        return portBase + 80;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public void createAndStart() throws IOException, InterruptedException {
        asadmin("delete-domain", domain);
        require(asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(portBase), domain),
                "create-domain");
        require(asadmin("start-domain", "--timeout", "240", domain), "start-domain");
    }

    public void deploy(File archive) throws IOException, InterruptedException {
        require(asadmin("--port", String.valueOf(adminPort()), "deploy", "--name", "parcours", archive.getAbsolutePath()),
                "deploy");
    }

    public int undeploy() throws IOException, InterruptedException {
        return asadmin("--port", String.valueOf(adminPort()), "undeploy", "parcours");
    }

    private static void require(int exitCode, String step) {
        if (exitCode != 0) {
            throw new IllegalStateException("asadmin " + step + " failed with " + exitCode + "; see the asadmin log");
        }
    }

    int asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        Files.writeString(log, "$ " + String.join(" ", command) + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + arguments[0] + " did not finish");
        }
        return process.exitValue();
    }

    public Path serverLog() {
        return home.resolve("glassfish/domains").resolve(domain).resolve("logs/server.log");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        asadmin("stop-domain", "--kill=false", domain);
        asadmin("delete-domain", domain);
    }
}

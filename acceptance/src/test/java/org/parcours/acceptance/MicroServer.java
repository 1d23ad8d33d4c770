package org.parcours.acceptance;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parcours as users run it: the self-contained WAR on Payara Micro in its own process, with an HSQLDB file
 * database in a data folder. It can be stopped cleanly, or killed with SIGKILL to check durability.
 */
public final class MicroServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final String name;
    private final Path dataDir;
    private final Map<String, String> settings;
    private final int port;
    private final String heap;
    private Process process;

    private MicroServer(String name, Path dataDir, Map<String, String> settings, int port, String heap) {
        this.name = name;
        this.dataDir = dataDir;
        this.settings = settings;
        this.port = port;
        this.heap = heap;
    }

    /** Starts a server with demo data in a fresh data folder; extra settings become system properties. */
    public static MicroServer start(String name, Map<String, String> extraSettings) {
        return start(name, extraSettings, "640m");
    }

    /** As {@link #start(String, Map)}, with the given maximum heap ({@code -Xmx}), e.g. "2g". */
    public static MicroServer start(String name, Map<String, String> extraSettings, String heap) {
        Path dataDir = testDir().resolve(name + "-" + System.nanoTime());
        MicroServer server = new MicroServer(name, dataDir, new LinkedHashMap<>(extraSettings), freePort(), heap);
        server.launch();
        return server;
    }

    static Path testDir() {
        Path dir = Path.of(System.getProperty("parcours.test.dir", "target/acceptance"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts (again) on the same data folder and port. */
    public void launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        // Extra JVM options for the server, e.g. a flight recording while a benchmark runs
        for (String option : System.getProperty("parcours.server.jvmArgs", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.add("-Dparcours.demo=true");
        command.add("-Dparcours.data.dir=" + dataDir.toAbsolutePath());
        command.add("-Dparcours.base-url=" + baseUrl());
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", new File(System.getProperty("payara.microJar", "target/payara-micro.jar"))
                .getAbsolutePath(), "--deploy", new File(System.getProperty("parcours.war")).getAbsolutePath(),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster"));
        try {
            File log = testDir().resolve(name + ".log").toFile();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Payara Micro", e);
        }
        awaitReady();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + name + ".log");
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + STARTUP);
    }

    /** SIGKILL: no shutdown hook, no flush, as in a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The data folder: the HSQLDB database is in its {@code db} subfolder unless another database is set. */
    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}

package org.parcours.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in its own JVM (as the Gatling Maven plugin does), with the benchmark's classpath and
 * the simulation's parameters as system properties, and reads its figures. Gatling's usage analytics and its
 * warm-up request to an outside site are off: the only traffic goes to the server on this machine.
 */
final class GatlingRun {

    private GatlingRun() {
    }

    static GatlingStats run(Class<?> simulation, String description, Path resultsFolder, Map<String, String> parameters,
            Path log) throws IOException, InterruptedException {
        Files.createDirectories(resultsFolder);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-server", "-Xmx1g", "-XX:+UseG1GC", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dgatling.data.enableAnalytics=false"));
        parameters.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
                "-s", simulation.getName(), "-rf", resultsFolder.toAbsolutePath().toString(), "-rd", description));
        System.out.println("[benchmark] Gatling " + simulation.getSimpleName() + ": " + description);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int exit = process.waitFor();
        Path report = newest(resultsFolder);
        if (report == null || !Files.exists(report.resolve("index.html"))) {
            throw new IllegalStateException("Gatling " + simulation.getSimpleName() + " ended with " + exit
                    + " and no report; see " + log);
        }
        GatlingStats stats = GatlingStats.read(report);
        GatlingStats.Row all = stats.all();
        System.out.printf("[benchmark]   %d requests (%d KO), %.1f req/s, p50 %d ms, p95 %d ms, p99 %d ms%n",
                all.total(), all.ko(), all.perSecond(), all.p50(), all.p95(), all.p99());
        return stats;
    }

    private static Path newest(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElse(null);
        }
    }
}

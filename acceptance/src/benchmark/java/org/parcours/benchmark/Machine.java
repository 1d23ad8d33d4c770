package org.parcours.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmark ran on: cores, memory, CPU model, JDK, OS, and the load average (the CPU is shared). */
record Machine(int cores, String memory, String cpu, String jdk, String os) {

    static Machine describe() {
        String cpu = lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
        String memory = lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
                .findFirst().orElse("?");
        String os = lines("/etc/os-release").stream().filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring(12).replace("\"", "")).findFirst().orElse(System.getProperty("os.name"))
                + ", kernel " + System.getProperty("os.version");
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpu, jdk, os);
    }

    /** The load average over 1, 5 and 15 minutes, as uptime shows it. */
    static String load() {
        List<String> loadavg = lines("/proc/loadavg");
        if (loadavg.isEmpty()) {
            return "?";
        }
        String[] parts = loadavg.get(0).split(" ");
        return parts[0] + ", " + parts[1] + ", " + parts[2];
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}

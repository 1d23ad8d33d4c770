package org.parcours.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a Gatling run, read from the statistics table of its HTML report (index.html; Gatling 3.15 writes
 * no JSON statistics): for the whole run and for each request name, the counts, the throughput and the
 * percentiles of the response time (all requests, OK and KO).
 */
public record GatlingStats(Path report, Map<String, Row> rows) {

    /** One line of Gatling's statistics table. Times in milliseconds, throughput in requests per second. */
    public record Row(String name, long total, long ok, long ko, double perSecond, long min, long p50, long p75,
            long p95, long p99, long max, long mean) {
    }

    public static final String ALL = "All Requests";

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    public static GatlingStats read(Path reportFolder) {
        String html;
        try {
            html = Files.readString(reportFolder.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException("No Gatling report in " + reportFolder, e);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String body = row.group(2);
            Matcher name = NAME.matcher(body);
            String label = name.find() ? name.group(1).replace("&amp;", "&") : ALL;
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(body);
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            if (cells.size() < 13) {
                continue;
            }
            rows.putIfAbsent(label, new Row(label, number(cells.get(2)), number(cells.get(3)), number(cells.get(4)),
                    decimal(cells.get(6)), number(cells.get(7)), number(cells.get(8)), number(cells.get(9)),
                    number(cells.get(10)), number(cells.get(11)), number(cells.get(12)), number(cells.get(13))));
        }
        if (!rows.containsKey(ALL)) {
            throw new IllegalStateException("No statistics table in " + reportFolder.resolve("index.html"));
        }
        return new GatlingStats(reportFolder, rows);
    }

    public Row all() {
        return rows.get(ALL);
    }

    public Row row(String requestName) {
        Row found = rows.get(requestName);
        if (found == null) {
            throw new IllegalStateException("No request named " + requestName + " in " + report + ": "
                    + rows.keySet());
        }
        return found;
    }

    private static long number(String text) {
        return text == null || text.isEmpty() || text.equals("-") ? 0 : Math.round(decimal(text));
    }

    private static double decimal(String text) {
        return text == null || text.isEmpty() || text.equals("-") ? 0 : Double.parseDouble(text.replace(",", ""));
    }
}

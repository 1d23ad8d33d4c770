package org.parcours.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes docs/performance.md: what the benchmark does and its targets, then this run (date, machine, load, one
 * table of figures per kind of measure, and whether each target was met) above the earlier runs, which are kept.
 */
final class PerformanceReport {

    static final String RUNS = "<!-- Runs, newest first. Written by the benchmark profile; earlier runs are kept. -->";

    static final double RATE_TARGET = 500;
    static final long P95_TARGET_MS = 50;
    static final long RESULTS_TARGET_MS = 500;

    private PerformanceReport() {
    }

    static void write(SurveyBenchmark.Settings settings, Machine machine, ZonedDateTime started,
            List<SurveyBenchmark.DatabaseRun> runs) throws IOException {
        Path file = settings.report();
        String earlier = "";
        if (Files.exists(file)) {
            String text = Files.readString(file);
            int marker = text.indexOf(RUNS);
            earlier = marker < 0 ? "" : text.substring(marker + RUNS.length()).strip();
        }
        StringBuilder md = new StringBuilder();
        md.append(intro(settings)).append('\n').append(RUNS).append("\n\n").append(run(settings, machine, started, runs));
        if (!earlier.isEmpty()) {
            md.append('\n').append(earlier).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString());
    }

    private static String intro(SurveyBenchmark.Settings settings) {
        return """
                # Performance

                Figures of the survey speed benchmark, written by the `benchmark` Maven profile. It is not a test and
                never runs in a normal build; run it with:

                ```
                mvn -Pbenchmark verify -pl acceptance -am
                ```

                What it does, on HSQLDB (a file database in a fresh folder), then on PostgreSQL (a fresh database on
                127.0.0.1:5432, dropped afterwards; skipped when no server answers):

                1. Starts Parcours from the built WAR on Payara Micro (demo institution, no SMTP server).
                2. As the HR admin, through the API: creates the 40-question benchmark survey (5 sections of 8:
                   Likert scales, single and multiple choice, 0–10 ratings, 4-row matrices, yes/no, a number, a date,
                   short and long texts) three times (warm-up, API, page), invites 15,000 addresses to each measured
                   copy and opens them. Opening writes one invitation mail with the personal link per invitee.
                3. Takes the personal links where invitees find them, in the invitation mails: the server is stopped,
                   the outbox table is read with JDBC (an HSQLDB file database admits one process at a time), and the
                   server is started again. No API gives out tokens.
                4. Warms the server up on the warm-up survey, then measures with Gatling. Each answering
                   measurement follows a warm-up of its own kind: 10,000 answers through the API right before the
                   API is measured, 200 invitees through the page right before the page is (the page and the
                   results are also warmed up first). On 2 cores the JIT compiler takes about a minute of load to
                   settle, and after requests of another kind it spends half a core for some 20 seconds
                   recompiling; a server that has been answering for a while does neither.
                   - **API**: every invitee POSTs a complete answer set to `/api/responses/{token}` and must get
                     201. A fixed number of invitees submit at the same time, each as soon as the previous answer
                     was recorded (closed model): the throughput is what the server sustains at that concurrency.
                   - **Results**: with those 15,000 responses present, an HR admin reads `GET /api/surveys/{id}/results`
                     (HTTP Basic, 20 times) and, signed in, the results page `/survey/results.xhtml?id=...` (20 times),
                     one request at a time. The API's response count must be 15,000. This is done right after the
                     load (part of the responses not yet folded into the result tallies), then again 45 s later, once
                     the tallies timer (every 5 s) has folded them all, as in daily use; on PostgreSQL after
                     `ANALYZE` too (the statistics autovacuum gathers within minutes).
                   - **Page**: invitees answer through the answering page as a browser does: GET the link, *Start*
                     (Ajax), then per section the Ajax posts of the choices that show or hide questions, *Next*
                     (Ajax, saves the draft), and the final non-Ajax *Submit* that redirects to the thanks page;
                     a new HTTP session per invitee, a fixed number of invitees at a time (closed model).
                     Static resources are not fetched (browsers cache them).
                5. Writes the figures below: Gatling's own statistics (response times of all requests, in ms).

                Targets (from the survey issue): at least 500 responses per second with a 95th percentile under
                50 ms, through the API and through the page, on HSQLDB and on PostgreSQL; the results page under
                0.5 s with 15,000 responses. A target counts as met when every response is recorded, at 500
                responses per second or more, with the 95th percentile of the requests under 50 ms (for the page:
                of all its requests); the results page when its 95th percentile is under 500 ms.

                Gatling runs on the same 2-core machine as the server (and the database), so it takes part of the
                CPU; the machine may also be shared with other builds: the load average is noted before and after.
                Options: `-Dbenchmark.apiUsers=8` (API invitees at a time), `-Dbenchmark.rate=500` (instead,
                invitees arriving at that rate whatever the server does: open model), `-Dbenchmark.invitees=15000`,
                `-Dbenchmark.pageInvitees=15000`, `-Dbenchmark.pageUsers=10` (invitees on the page at a time),
                `-Dbenchmark.databases=hsqldb,postgresql`, `-Dbenchmark.serverHeap=3g`, `-Dbenchmark.warmupApi=10000`,
                `-Dbenchmark.warmupPage=400` (invitees of the warm-ups, the page's in two halves). Gatling's HTML reports
                are in `acceptance/target/benchmark/<database>/gatling/`.
                """;
    }

    private static String run(SurveyBenchmark.Settings settings, Machine machine, ZonedDateTime started,
            List<SurveyBenchmark.DatabaseRun> runs) {
        StringBuilder md = new StringBuilder();
        md.append("## Run of ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append("\n\n");
        md.append("- Machine: ").append(machine.cores()).append(" cores, ").append(machine.memory())
                .append(" of memory, ").append(machine.cpu()).append("; ").append(machine.os()).append("; ")
                .append(machine.jdk()).append(".\n");
        md.append("- Parcours on Payara Micro (").append("-Xmx").append(settings.serverHeap())
                .append("), Gatling 3.15.1 on the same machine. API: ").append(apiLoad(settings))
                .append("; page: ").append(settings.pageUsers()).append(" invitees at a time. Warm-up: ")
                .append(settings.warmupApi()).append(" answers through the API, ").append(settings.warmupPage())
                .append(" invitees through the page.\n");
        for (SurveyBenchmark.DatabaseRun run : runs) {
            if (run.skipped() != null) {
                md.append("- ").append(run.database()).append(": not run, ").append(run.skipped()).append(".\n");
            } else {
                md.append("- ").append(run.database()).append(": load average (1, 5, 15 min) ")
                        .append(run.loadBefore()).append(" before, ").append(run.loadAfter())
                        .append(" after; three surveys prepared through the API in ")
                        .append(run.preparation().toSeconds()).append(" s.\n");
            }
        }
        md.append("\n### Answering\n\n");
        md.append("| database | scenario | responses recorded | requests (KO) | responses/s | requests/s | p50 ms "
                + "| p95 ms | p99 ms | max ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SurveyBenchmark.DatabaseRun run : runs) {
            if (run.skipped() != null) {
                continue;
            }
            GatlingStats.Row api = run.api().all();
            md.append(row(run.database(), "API: POST /api/responses/{token}, " + apiLoad(settings),
                    run.apiRecorded(), api, api.perSecond() * api.ok() / Math.max(1, api.total())));
            GatlingStats.Row page = run.page().all();
            GatlingStats.Row submits = run.page().row("submit");
            md.append(row(run.database(), "page: answer.xhtml and its JSF posts, " + settings.pageUsers()
                    + " at a time", run.pageRecorded(), page, submits.perSecond() * submits.ok()
                    / Math.max(1, submits.total())));
        }
        md.append("\nPage requests, per kind (ms):\n\n| database | request | count (KO) | p50 | p95 | p99 | max |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (SurveyBenchmark.DatabaseRun run : runs) {
            if (run.skipped() != null) {
                continue;
            }
            run.page().rows().values().stream().filter(r -> !r.name().equals(GatlingStats.ALL)).forEach(r ->
                    md.append("| ").append(run.database()).append(" | ").append(r.name()).append(" | ")
                            .append(r.total()).append(" (").append(r.ko()).append(") | ").append(r.p50())
                            .append(" | ").append(r.p95()).append(" | ").append(r.p99()).append(" | ")
                            .append(r.max()).append(" |\n"));
        }
        md.append("\n### Results with the responses present\n\n| database | responses | request | samples | p50 ms "
                + "| p95 ms | max ms |\n|---|---:|---|---:|---:|---:|---:|\n");
        for (SurveyBenchmark.DatabaseRun run : runs) {
            if (run.skipped() != null) {
                continue;
            }
            for (GatlingStats stats : run.resultsFolded() == null ? List.of(run.results())
                    : List.of(run.results(), run.resultsFolded())) {
                String when = stats == run.resultsFolded() ? " (once folded into the tallies)" : "";
                for (String request : List.of("GET /api/surveys/{id}/results", "GET results page")) {
                    GatlingStats.Row r = stats.row(request);
                    md.append("| ").append(run.database()).append(" | ").append(run.apiRecorded()).append(" | ")
                            .append(request).append(when).append(" | ").append(r.total())
                            .append(r.ko() > 0 ? " (" + r.ko() + " KO)" : "").append(" | ").append(r.p50())
                            .append(" | ").append(r.p95()).append(" | ").append(r.max()).append(" |\n");
                }
            }
        }
        md.append("\n### Targets\n\n");
        for (SurveyBenchmark.DatabaseRun run : runs) {
            if (run.skipped() != null) {
                md.append("- ").append(run.database()).append(": not measured (").append(run.skipped())
                        .append(").\n");
                continue;
            }
            GatlingStats.Row api = run.api().all();
            double apiRate = api.perSecond() * api.ok() / Math.max(1, api.total());
            boolean apiMet = api.ko() == 0 && run.apiRecorded() >= settings.invitees() && apiRate >= RATE_TARGET
                    && (settings.rate() <= 0 || settings.rate() >= RATE_TARGET) && api.p95() < P95_TARGET_MS;
            md.append("- ").append(run.database()).append(", API: ").append(apiMet ? "**met**" : "**missed**")
                    .append(": ").append(format(apiRate)).append(" responses/s (").append(run.apiRecorded())
                    .append(" recorded), p95 ").append(api.p95()).append(" ms")
                    .append(api.ko() > 0 ? ", " + api.ko() + " requests failed" : "").append(".\n");
            GatlingStats.Row page = run.page().all();
            GatlingStats.Row submits = run.page().row("submit");
            double pageRate = submits.perSecond() * submits.ok() / Math.max(1, submits.total());
            boolean pageMet = page.ko() == 0 && pageRate >= RATE_TARGET && page.p95() < P95_TARGET_MS;
            md.append("- ").append(run.database()).append(", page: ").append(pageMet ? "**met**" : "**missed**")
                    .append(": ").append(format(pageRate)).append(" responses/s (").append(run.pageRecorded())
                    .append(" recorded), p95 of the page requests ").append(page.p95()).append(" ms")
                    .append(page.ko() > 0 ? ", " + page.ko() + " requests failed" : "").append(".\n");
            for (GatlingStats stats : run.resultsFolded() == null ? List.of(run.results())
                    : List.of(run.results(), run.resultsFolded())) {
                GatlingStats.Row results = stats.row("GET results page");
                boolean resultsMet = results.ko() == 0 && results.p95() < RESULTS_TARGET_MS;
                md.append("- ").append(run.database()).append(", results page with ").append(run.apiRecorded())
                        .append(" responses").append(stats == run.resultsFolded() ? " (once folded into the tallies)" : "")
                        .append(": ").append(resultsMet ? "**met**" : "**missed**").append(": p95 ")
                        .append(results.p95()).append(" ms, max ").append(results.max()).append(" ms.\n");
            }
        }
        return md.toString();
    }

    private static String apiLoad(SurveyBenchmark.Settings settings) {
        return settings.rate() > 0 ? format(settings.rate()) + " arrivals/s" : settings.apiUsers() + " at a time";
    }

    private static String row(String database, String scenario, long recorded, GatlingStats.Row all,
            double responsesPerSecond) {
        return "| " + database + " | " + scenario + " | " + recorded + " | " + all.total() + " (" + all.ko() + ") | "
                + format(responsesPerSecond) + " | " + format(all.perSecond()) + " | " + all.p50() + " | "
                + all.p95() + " | " + all.p99() + " | " + all.max() + " |\n";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package org.parcours.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.acceptance.MicroServer;

/**
 * The survey speed benchmark. For each database (HSQLDB in a fresh data folder, then a fresh PostgreSQL database
 * when one answers, dropped afterwards) it starts Parcours on Payara Micro from the built WAR and, as an HR admin
 * through the API, creates three copies of the 40-question benchmark survey (a warm-up one, one answered through
 * the API, one answered through the page), invites 15,000 addresses to each measured one and opens them, which
 * writes one invitation mail per invitee to the outbox (no SMTP server is configured).
 * <p>
 * The personal links are then taken where an invitee finds theirs, in the invitation mails: the server is stopped,
 * the outbox is read with JDBC from the same database (an HSQLDB file database can only be opened by one process),
 * and the server is started again. No API hands out tokens, and none was added for the benchmark.
 * <p>
 * Gatling then warms the server up on the warm-up survey, and measures: 15,000 responses POSTed to
 * /api/responses/{token}; the results, from the API and on the results page, with those 15,000 responses present;
 * the answers through the answering page. Each answering measurement follows a warm-up of its own kind (the API
 * after 10,000 answers through the API, the page after half of the page's warm-up), as on a server that has been
 * answering for a while. The figures go to docs/performance.md.
 */
public final class SurveyBenchmark {

    private static final Pattern LINK = Pattern.compile("answer\\.xhtml\\?t=([A-Za-z0-9_-]+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern RESPONSES = Pattern.compile("\"responses\"\\s*:\\s*(\\d+)");
    private static final String HR = "Basic " + Base64.getEncoder().encodeToString("hr:demo".getBytes(
            StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The settings of a run, from system properties (see the benchmark profile in acceptance/pom.xml). */
    record Settings(List<String> databases, int invitees, double rate, int apiUsers, int pageInvitees, int pageUsers,
            int warmupApi, int warmupPage, String serverHeap, String postgresUrl, Path report, Path workDir) {

        static Settings fromSystem() {
            return new Settings(List.of(System.getProperty("benchmark.databases", "hsqldb,postgresql").split(",")),
                    Integer.getInteger("benchmark.invitees", 15000),
                    Double.parseDouble(System.getProperty("benchmark.rate", "0")),
                    Integer.getInteger("benchmark.apiUsers", 8),
                    Integer.getInteger("benchmark.pageInvitees", 1000),
                    Integer.getInteger("benchmark.pageUsers", 10),
                    Integer.getInteger("benchmark.warmupApi", 10000),
                    Integer.getInteger("benchmark.warmupPage", 400),
                    System.getProperty("benchmark.serverHeap", "3g"),
                    System.getProperty("benchmark.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
                    Path.of(System.getProperty("benchmark.report", "../docs/performance.md")),
                    Path.of(System.getProperty("parcours.test.dir", "target/benchmark")));
        }
    }

    /** What was measured on one database; {@code skipped} says why nothing was, when it was not run. */
    record DatabaseRun(String database, String skipped, Duration preparation, GatlingStats api, long apiRecorded,
            GatlingStats results, GatlingStats resultsFolded, GatlingStats page, long pageRecorded,
            String loadBefore, String loadAfter) {
    }

    private SurveyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystem();
        Files.createDirectories(settings.workDir());
        ZonedDateTime started = ZonedDateTime.now();
        Machine machine = Machine.describe();
        List<DatabaseRun> runs = new ArrayList<>();
        for (String database : settings.databases()) {
            String name = database.trim().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("postgresql") && !postgresAnswers(settings.postgresUrl())) {
                System.out.println("[benchmark] PostgreSQL does not answer at " + settings.postgresUrl()
                        + ": skipped");
                runs.add(new DatabaseRun("PostgreSQL", "no PostgreSQL server answered at "
                        + settings.postgresUrl(), null, null, 0, null, null, null, 0, null, null));
                continue;
            }
            runs.add(measure(name, settings));
        }
        PerformanceReport.write(settings, machine, started, runs);
        System.out.println("[benchmark] figures written to " + settings.report().toAbsolutePath().normalize());
    }

    private static DatabaseRun measure(String database, Settings settings) throws Exception {
        boolean postgres = database.equals("postgresql");
        Map<String, String> serverSettings = new LinkedHashMap<>();
        String postgresDatabase = null;
        String postgresUrl = null;
        if (postgres) {
            postgresDatabase = "parcours_bench_" + System.currentTimeMillis();
            postgresUrl = settings.postgresUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1"
                    + postgresDatabase);
            execute(settings.postgresUrl(), "CREATE DATABASE " + postgresDatabase);
            serverSettings.put("parcours.datasource.url", postgresUrl.replaceFirst("\\?.*$", ""));
            serverSettings.put("parcours.datasource.user", parameter(settings.postgresUrl(), "user", "postgres"));
        }
        String dropOnExit = postgresDatabase;
        Thread cleanUp = new Thread(() -> {
            if (dropOnExit != null) {
                try {
                    execute(settings.postgresUrl(), "DROP DATABASE IF EXISTS " + dropOnExit + " WITH (FORCE)");
                } catch (SQLException e) {
                    System.err.println("[benchmark] could not drop " + dropOnExit + ": " + e.getMessage());
                }
            }
        });
        String label = postgres ? "PostgreSQL" : "HSQLDB";
        Path folder = settings.workDir().resolve(database);
        Files.createDirectories(folder);
        Path log = folder.resolve("gatling.log");
        String loadBefore = Machine.load();
        System.out.println("[benchmark] " + label + ": starting Parcours on Payara Micro (load " + loadBefore + ")");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try (MicroServer server = MicroServer.start("benchmark-" + database, serverSettings, settings.serverHeap())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            Instant prepared = Instant.now();
            int warmupCount = settings.warmupApi() + settings.warmupPage();
            long warmup = prepareSurvey(server, "Benchmark warm-up " + label, warmupCount);
            long apiSurvey = prepareSurvey(server, "Benchmark API " + label, settings.invitees());
            long pageSurvey = prepareSurvey(server, "Benchmark page " + label, settings.pageInvitees());
            Duration preparation = Duration.between(prepared, Instant.now());

            server.close();
            String jdbc = postgres ? postgresUrl : "jdbc:hsqldb:file:" + server.dataDir().toAbsolutePath()
                    .resolve("db/parcours") + ";hsqldb.write_delay=false;hsqldb.tx=mvcc";
            List<String> warmupTokens = invitationLinks(jdbc, postgres, warmup, warmupCount);
            Path warmupApiTokens = folder.resolve("warmup-api-tokens.csv");
            Path warmupPageTokens = folder.resolve("warmup-page-tokens.csv");
            Path warmupPageAgainTokens = folder.resolve("warmup-page-again-tokens.csv");
            Path apiTokens = folder.resolve("api-tokens.csv");
            Path pageTokens = folder.resolve("page-tokens.csv");
            Tokens.write(warmupApiTokens, warmupTokens.subList(0, settings.warmupApi()));
            int pageHalf = settings.warmupApi() + settings.warmupPage() / 2;
            Tokens.write(warmupPageTokens, warmupTokens.subList(settings.warmupApi(), pageHalf));
            Tokens.write(warmupPageAgainTokens, warmupTokens.subList(pageHalf, warmupCount));
            Tokens.write(apiTokens, invitationLinks(jdbc, postgres, apiSurvey, settings.invitees()));
            Tokens.write(pageTokens, invitationLinks(jdbc, postgres, pageSurvey, settings.pageInvitees()));
            server.launch();

            String base = server.baseUrl();
            Path gatling = folder.resolve("gatling");
            // Each measurement runs right after a warm-up of its own kind: the JIT compiler then has compiled the
            // code that this kind of request runs, with the types it sees there. Run after the page's requests, the
            // API's first 20 seconds would otherwise spend half a core recompiling.
            System.out.println("[benchmark] " + label + ": warm-up");
            GatlingRun.run(RespondPageSimulation.class, "warm-up " + label, gatling, Map.of("benchmark.baseUrl",
                    base, "benchmark.tokens", warmupPageTokens.toString(), "benchmark.pageUsers",
                    String.valueOf(settings.pageUsers())), log);
            GatlingRun.run(ResultsSimulation.class, "warm-up " + label, gatling, Map.of("benchmark.baseUrl", base,
                    "benchmark.surveyId", String.valueOf(warmup), "benchmark.expectedResponses",
                    String.valueOf(responses(base, warmup)), "benchmark.repeat", "5"), log);
            GatlingRun.run(RespondApiSimulation.class, "warm-up " + label, gatling, Map.of("benchmark.baseUrl", base,
                    "benchmark.tokens", warmupApiTokens.toString(), "benchmark.apiUsers",
                    String.valueOf(settings.apiUsers())), log);

            System.out.println("[benchmark] " + label + ": " + settings.invitees() + " responses through the API");
            GatlingStats api = GatlingRun.run(RespondApiSimulation.class, label + ": responses through the API",
                    gatling, Map.of("benchmark.baseUrl", base, "benchmark.tokens", apiTokens.toString(),
                            "benchmark.rate", String.valueOf(settings.rate()), "benchmark.apiUsers",
                            String.valueOf(settings.apiUsers())), log);
            long apiRecorded = responses(base, apiSurvey);
            System.out.println("[benchmark] " + label + ": results with " + apiRecorded + " responses");
            GatlingStats results = GatlingRun.run(ResultsSimulation.class, label + ": results", gatling,
                    Map.of("benchmark.baseUrl", base, "benchmark.surveyId", String.valueOf(apiSurvey),
                            "benchmark.expectedResponses", String.valueOf(apiRecorded)), log);
            // New responses reach the result tallies within 5 seconds (a timer folds them); the results are read
            // again once they are all folded, as in daily use. PostgreSQL also gets its planner statistics then,
            // which autovacuum gathers within minutes.
            System.out.println("[benchmark] " + label + ": waiting 45 s for the result tallies");
            Thread.sleep(45_000);
            if (postgres) {
                execute(postgresUrl, "ANALYZE");
            }
            GatlingStats resultsFolded = GatlingRun.run(ResultsSimulation.class, label + ": results once folded",
                    gatling, Map.of("benchmark.baseUrl", base, "benchmark.surveyId", String.valueOf(apiSurvey),
                            "benchmark.expectedResponses", String.valueOf(apiRecorded)), log);
            GatlingRun.run(RespondPageSimulation.class, "warm-up again " + label, gatling, Map.of(
                    "benchmark.baseUrl", base, "benchmark.tokens", warmupPageAgainTokens.toString(),
                    "benchmark.pageUsers", String.valueOf(settings.pageUsers())), log);
            System.out.println("[benchmark] " + label + ": responses through the page");
            GatlingStats page = GatlingRun.run(RespondPageSimulation.class, label + ": responses through the page",
                    gatling, Map.of("benchmark.baseUrl", base, "benchmark.tokens", pageTokens.toString(),
                            "benchmark.pageUsers", String.valueOf(settings.pageUsers())), log);
            long pageRecorded = responses(base, pageSurvey);
            return new DatabaseRun(label, null, preparation, api, apiRecorded, results, resultsFolded, page,
                    pageRecorded, loadBefore, Machine.load());
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            cleanUp.run();
        }
    }

    /** Creates the survey from its JSON document, invites the addresses in batches and opens it. */
    private static long prepareSurvey(MicroServer server, String title, int invitees) throws Exception {
        String created = call(server.baseUrl() + "/api/surveys", BenchmarkSurvey.document(title), 201);
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("No survey id in " + created);
        }
        long surveyId = Long.parseLong(id.group(1));
        int batch = 1000;
        for (int first = 0; first < invitees; first += batch) {
            StringBuilder emails = new StringBuilder();
            for (int i = first; i < Math.min(invitees, first + batch); i++) {
                emails.append(i == first ? "" : ",").append("invitee").append(i).append(".s").append(surveyId)
                        .append("@bench.example.org");
            }
            call(server.baseUrl() + "/api/surveys/" + surveyId + "/invitations", "{\"emails\":\"" + emails + "\"}",
                    200);
        }
        call(server.baseUrl() + "/api/surveys/" + surveyId + "/open", "", 200);
        System.out.println("[benchmark]   survey " + surveyId + " \"" + title + "\": " + invitees + " invited, open");
        return surveyId;
    }

    private static String call(String url, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", HR).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** The number of responses the results API counts for a survey. */
    private static long responses(String base, long surveyId) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/surveys/" + surveyId
                + "/results")).timeout(Duration.ofMinutes(2)).header("Authorization", HR)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher count = RESPONSES.matcher(response.body());
        if (response.statusCode() != 200 || !count.find()) {
            throw new IllegalStateException("Results of survey " + surveyId + ": " + response.statusCode());
        }
        return Long.parseLong(count.group(1));
    }

    /** The personal links of a survey's invitees, from the invitation mails waiting in the outbox. */
    private static List<String> invitationLinks(String jdbc, boolean postgres, long surveyId, int expected)
            throws Exception {
        List<String> tokens = new ArrayList<>();
        try (Connection connection = open(jdbc, postgres)) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select body_text from outbox_mail where reference = ? order by id")) {
                query.setString(1, "survey:" + surveyId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Matcher link = LINK.matcher(rows.getString(1));
                        if (link.find()) {
                            tokens.add(link.group(1));
                        }
                    }
                }
            }
            if (!postgres) {
                try (Statement shutdown = connection.createStatement()) {
                    shutdown.execute("SHUTDOWN");
                }
            }
        }
        if (tokens.size() != expected) {
            throw new IllegalStateException("Survey " + surveyId + ": " + tokens.size() + " invitation mails, "
                    + expected + " expected");
        }
        return tokens;
    }

    /** Opens the database; an HSQLDB file stays locked for a few seconds after its server stopped. */
    private static Connection open(String jdbc, boolean postgres) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            try {
                return postgres ? DriverManager.getConnection(jdbc)
                        : DriverManager.getConnection(jdbc, "parcours", "parcours");
            } catch (SQLException locked) {
                if (Instant.now().isAfter(deadline)) {
                    throw locked;
                }
                Thread.sleep(2000);
            }
        }
    }

    private static boolean postgresAnswers(String url) {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url)) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String parameter(String url, String name, String fallback) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        return value.find() ? value.group(1) : fallback;
    }
}

package org.parcours.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh, migrated database for a repository test: an in-memory HSQLDB, or a throwaway schema in the PostgreSQL
 * server at {@code parcours.test.postgres.url} (127.0.0.1:5432/test by default) when it answers. Set
 * {@code parcours.test.postgres.required=true} to fail instead of leaving PostgreSQL out.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String name;
    private final String url;
    private final String schema;
    private EntityManagerFactory factory;

    private TestDatabase(String name, String url, String schema) {
        this.name = name;
        this.url = url;
        this.schema = schema;
    }

    /** The databases this machine offers, as JUnit arguments; each call makes fresh ones. */
    public static List<String> available() {
        List<String> names = new ArrayList<>();
        names.add("HSQLDB");
        if (postgresReachable()) {
            names.add("PostgreSQL");
        } else if (Boolean.getBoolean("parcours.test.postgres.required")) {
            throw new IllegalStateException("PostgreSQL is required for this run but does not answer at "
                    + postgresUrl());
        }
        return names;
    }

    public static TestDatabase create(String kind) {
        String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TestDatabase database;
        if ("PostgreSQL".equals(kind)) {
            try (Connection connection = DriverManager.getConnection(postgresUrl());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            String separator = postgresUrl().contains("?") ? "&" : "?";
            database = new TestDatabase(kind, postgresUrl() + separator + "currentSchema=" + schema, schema);
        } else {
            database = new TestDatabase(kind, "jdbc:hsqldb:mem:" + schema + ";hsqldb.tx=mvcc;sql.pad_space=false", null);
        }
        database.migrate();
        record(kind, database.productVersion());
        return database;
    }

    private static String postgresUrl() {
        String configured = System.getProperty("parcours.test.postgres.url");
        return configured == null || configured.isBlank() || configured.startsWith("${") ? DEFAULT_POSTGRES
                : configured;
    }

    private static boolean postgresReachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(postgresUrl())) {
            return true;
        } catch (SQLException e) {
            System.out.println("[databases] PostgreSQL not reachable at " + postgresUrl() + ": " + e.getMessage());
            return false;
        }
    }

    /** Writes which databases the repository tests ran on, to the console and to target/tested-databases.txt. */
    private static synchronized void record(String kind, String version) {
        String line = kind + " " + version;
        try {
            Path file = Path.of("target", "tested-databases.txt");
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            if (!lines.contains(line)) {
                Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                System.out.println("[databases] repository tests run on " + line);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void migrate() {
        var configuration = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration");
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        configuration.load().migrate();
    }

    public String productVersion() {
        try (Connection connection = connection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public EntityManagerFactory entityManagerFactory() {
        if (factory == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.jdbc.url", url);
            if (schema == null) {
                properties.put("jakarta.persistence.jdbc.user", "SA");
                properties.put("jakarta.persistence.jdbc.password", "");
            }
            properties.put("eclipselink.logging.level", "WARNING");
            properties.put("jakarta.persistence.validation.mode", "NONE");
            factory = Persistence.createEntityManagerFactory("parcours", properties);
        }
        return factory;
    }

    /** Runs {@code work} in one committed transaction. */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
        try (Connection connection = DriverManager.getConnection(schema != null ? postgresUrl() : url);
                Statement statement = connection.createStatement()) {
            statement.execute(schema != null ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

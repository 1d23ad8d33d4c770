package org.parcours.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.parcours.platform.jdbc.ParcoursDataSource;

/**
 * Defines the application's data source and brings its schema up to date with Flyway before anything else runs.
 * Readiness ({@code /health/ready}) reports UP only once this has succeeded.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/parcours",
        className = "org.parcours.platform.jdbc.ParcoursDataSource",
        url = "${MPCONFIG=parcours.datasource.url}",
        user = "${MPCONFIG=parcours.datasource.user}",
        password = "${MPCONFIG=parcours.datasource.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.validate-atmost-once-period-in-seconds=30",
            // A connection kept longer than this is logged with the stack that took it, then reclaimed: an
            // embedded HSQLDB waits for every open transaction before its checkpoint, so one forgotten
            // connection would otherwise stop every request.
            "fish.payara.connection-leak-timeout-in-seconds=180",
            "fish.payara.connection-leak-reclaim=true",
            // Prepared statements stay prepared per connection: HSQLDB would otherwise parse every query again.
            // FIXED keeps the first 256 statements (Parcours has fewer); an unset type fails (Payara issue 6647).
            "fish.payara.statement-cache-size=256",
            "fish.payara.statement-cache-type=FIXED"
        })
@Singleton
@Startup
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    private volatile boolean migrated;
    private volatile String databaseProduct = "unknown";
    private volatile String vendor = "unknown";

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            databaseProduct = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            vendor = ParcoursDataSource.vendorOf(meta.getURL());
        } catch (SQLException | IllegalStateException e) {
            LOG.log(Level.SEVERE, "event=schema.unreachable error=\"{0}\"", e.getMessage());
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        configureEmbeddedDatabase();
        migrated = true;
        LOG.log(Level.INFO, "event=schema.migrated database=\"{0}\" applied={1} version={2}",
                new Object[] {databaseProduct, result.migrationsExecuted, result.targetSchemaVersion});
    }

    private void configureEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            if (EmbeddedStorage.applies(connection.getMetaData().getURL())) {
                EmbeddedStorage.configure(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database could not be configured: " + e.getMessage(), e);
        }
    }

    /** The embedded database is closed cleanly on undeploy, so that a redeploy can open its files again. */
    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void closeEmbeddedDatabase() {
        if (!"hsqldb".equals(vendor)) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
            LOG.info("event=schema.embedded-database-closed");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "event=schema.shutdown-failed error=\"{0}\"", e.getMessage());
        }
    }

    @Lock(LockType.READ)
    public boolean isMigrated() {
        return migrated;
    }

    @Lock(LockType.READ)
    public String databaseProduct() {
        return databaseProduct;
    }

    @Lock(LockType.READ)
    public String vendor() {
        return vendor;
    }
}

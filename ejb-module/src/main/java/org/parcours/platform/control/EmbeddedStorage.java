package org.parcours.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * How often the embedded HSQLDB database writes its checkpoint. It keeps its tables in memory, logs every change to
 * a file as it commits, and at a checkpoint rewrites the whole database into its script file and starts a new log;
 * every other statement waits meanwhile. HSQLDB checkpoints whenever the log reaches 50 MB, which a survey campaign
 * fills every 8,000 responses or so, while the database it rewrites then holds some 150 MB at 15,000 responses.
 * With a 200 MB log, checkpoints come four times less often; the price is a longer start after a crash (up to
 * 200 MB of log to read again), never after a clean stop, which checkpoints.
 * <p>
 * Keeping the growing tables on disk instead (HSQLDB's CACHED tables) makes checkpoints small, but was measured to
 * halve the answering throughput: every index step then goes through the disk cache.
 * <p>
 * Applied at every start, after the migrations. A database in memory ({@code jdbc:hsqldb:mem:}) writes no log.
 */
final class EmbeddedStorage {

    /** The size of the change log, in MB, at which the database checkpoints. */
    static final int LOG_SIZE_MB = 200;

    private EmbeddedStorage() {
    }

    static boolean applies(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:hsqldb:file:");
    }

    static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FILES LOG SIZE " + LOG_SIZE_MB);
        }
    }
}

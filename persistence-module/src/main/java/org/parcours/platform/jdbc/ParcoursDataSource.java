package org.parcours.platform.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's JDBC data source: picks the vendor's own {@link DataSource} from the configured URL, so that one
 * {@code @DataSourceDefinition} serves HSQLDB (the embedded default) and PostgreSQL (production) without a rebuild.
 * The server's connection pool wraps it and sets {@code url}, {@code user} and {@code password}.
 */
public class ParcoursDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = resolved(user);
        this.delegate = null;
    }

    public void setPassword(String password) {
        this.password = resolved(password);
        this.delegate = null;
    }

    /** An empty setting reaches the pool as its unresolved placeholder: treat it as empty. */
    private static String resolved(String value) {
        return value == null || value.startsWith("${") ? null : value;
    }

    /** The database family behind a JDBC URL, as Parcours supports them. */
    public static String vendorOf(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:hsqldb:")) {
            return "hsqldb";
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new IllegalStateException("Unsupported database URL (Parcours runs on HSQLDB or PostgreSQL): " + url);
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            String className = switch (vendorOf(url)) {
                case "hsqldb" -> "org.hsqldb.jdbc.JDBCDataSource";
                default -> "org.postgresql.ds.PGSimpleDataSource";
            };
            try {
                Class<?> type = Class.forName(className, true, ParcoursDataSource.class.getClassLoader());
                DataSource created = (DataSource) type.getDeclaredConstructor().newInstance();
                invoke(created, "setUrl", url);
                if (user != null && !user.isEmpty()) {
                    invoke(created, "setUser", user);
                }
                if (password != null && !password.isEmpty()) {
                    invoke(created, "setPassword", password);
                }
                if (type.getName().startsWith("org.postgresql.")) {
                    // A batch of inserts (a response's answer rows) goes as a few multi-row statements, not one
                    // statement per row: one parse, one execution and one round trip for many rows
                    type.getMethod("setReWriteBatchedInserts", boolean.class).invoke(created, true);
                }
                current = created;
                delegate = current;
            } catch (ReflectiveOperationException e) {
                throw new SQLException("Cannot create the data source for " + url, e);
            }
        }
        return current;
    }

    private static void invoke(Object target, String setter, String value) throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(setter, String.class);
        method.invoke(target, value);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}

package org.rrhub.persistence.api;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The connection factory behind the container's pool. It reads the database from MicroProfile Config
 * (rrhub.db.url, rrhub.db.user, rrhub.db.password; environment variables RRHUB_DB_URL ... override), so the
 * same build runs on embedded H2 and on PostgreSQL with no other switch. The container still pools connections
 * and enlists them in JTA transactions; this class only opens them.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile Settings settings;
    private int loginTimeout;

    private record Settings(String url, String user, String password) {
    }

    @Override
    public Connection getConnection() throws SQLException {
        Settings s = settings();
        return DriverManager.getConnection(s.url(), s.user(), s.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(settings().url(), username, password);
    }

    private Settings settings() {
        Settings current = settings;
        if (current == null) {
            Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
            current = new Settings(
                    config.getValue("rrhub.db.url", String.class),
                    config.getOptionalValue("rrhub.db.user", String.class).orElse(""),
                    config.getOptionalValue("rrhub.db.password", String.class).orElse(""));
            settings = current;
        }
        return current;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through their drivers
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
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
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

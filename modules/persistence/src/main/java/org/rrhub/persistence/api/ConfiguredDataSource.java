package org.rrhub.persistence.api;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
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

    private record Settings(String url, String user, String password, Driver driver) {
    }

    @Override
    public Connection getConnection() throws SQLException {
        Settings s = settings();
        return connect(s, s.user(), s.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(settings(), username, password);
    }

    private static Connection connect(Settings s, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection connection = s.driver().connect(s.url(), properties);
        if (connection == null) {
            throw new SQLException("The driver refused " + s.url());
        }
        return connection;
    }

    private Settings settings() throws SQLException {
        Settings current = settings;
        if (current == null) {
            Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
            String url = config.getValue("rrhub.db.url", String.class);
            current = new Settings(url,
                    config.getOptionalValue("rrhub.db.user", String.class).orElse(""),
                    config.getOptionalValue("rrhub.db.password", String.class).orElse(""),
                    driverFor(url));
            settings = current;
        }
        return current;
    }

    /**
     * The driver is looked up in the application's class loader (the PostgreSQL driver is in the WAR, H2 in the
     * server), not through DriverManager, which only sees drivers of the caller's class loader that registered.
     */
    private static Driver driverFor(String url) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        return DriverManager.getDriver(url);
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

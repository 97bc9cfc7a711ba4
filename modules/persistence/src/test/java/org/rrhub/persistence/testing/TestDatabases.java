package org.rrhub.persistence.testing;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Fresh, empty databases for tests: an H2 in memory, or a new PostgreSQL database on 127.0.0.1:5432 (dropped
 * afterwards). Without PostgreSQL the PostgreSQL tests are skipped with a message, except in CI (CI=true),
 * where a missing PostgreSQL fails the build. Shared with every module's database tests through this module's
 * test jar, so they all decide the same way.
 */
public final class TestDatabases {

    public static final String PG_HOST = System.getProperty("rrhub.test.pg", "127.0.0.1:5432");

    private TestDatabases() {
    }

    public record TestDatabase(String kind, String url, String user, String password, Runnable drop)
            implements AutoCloseable {

        public DataSource dataSource() {
            if (url.startsWith("jdbc:postgresql")) {
                var ds = new PGSimpleDataSource();
                ds.setUrl(url);
                ds.setUser(user);
                ds.setPassword(password);
                return ds;
            }
            var ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }

        @Override
        public void close() {
            drop.run();
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    public static TestDatabase create(String kind) {
        return switch (kind) {
            case "H2" -> new TestDatabase("H2",
                    "jdbc:h2:mem:rrhub-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", () -> { });
            case "PostgreSQL" -> postgres();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static TestDatabase postgres() {
        String admin = "jdbc:postgresql://" + PG_HOST + "/postgres";
        String name = "rrhub_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin, "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the PostgreSQL tests, but PostgreSQL on " + PG_HOST
                        + " is not reachable", e);
            }
            System.err.println("SKIPPED the PostgreSQL tests: PostgreSQL on " + PG_HOST + " is not reachable ("
                    + e.getMessage() + ")");
            Assumptions.abort("PostgreSQL on " + PG_HOST + " is not reachable: PostgreSQL tests skipped");
        }
        return new TestDatabase("PostgreSQL", "jdbc:postgresql://" + PG_HOST + "/" + name, "postgres", "", () -> {
            try (Connection c = DriverManager.getConnection(admin, "postgres", "")) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        });
    }
}

package org.rrhub.it;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * An empty PostgreSQL database on 127.0.0.1:5432 for the suite that runs the application on PostgreSQL. Without
 * PostgreSQL the suite is skipped with a message; in CI (CI=true) that fails the build instead.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    static void recreate(String database) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            c.createStatement().execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the PostgreSQL tests, but PostgreSQL on 127.0.0.1:5432 "
                        + "is not reachable", e);
            }
            System.err.println("SKIPPED the PostgreSQL run of the integration tests: PostgreSQL on 127.0.0.1:5432 "
                    + "is not reachable (" + e.getMessage() + ")");
            Assumptions.abort("PostgreSQL on 127.0.0.1:5432 is not reachable: PostgreSQL tests skipped");
        }
    }
}

package org.rrhub.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rrhub.launcher.PayaraServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The servers every integration test talks to: one Keycloak and one Payara Micro with the packaged WAR, started
 * by the first test class of a database pass and shared by all the others, stopped when the pass's JVM ends
 * (JUnit closes the root store's resources). Started through the launcher's own server classes, as the run
 * command starts them, so a test class adds no server start (decision 0021).
 *
 * <p>Which database the application uses comes from the failsafe execution's environment (inherited by the
 * Payara Micro process): H2 for the default pass, PostgreSQL for the {@code postgresql} pass.
 */
public final class ApplicationServers implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("it.database"));
    }

    /** Both servers of this pass; closing stops Payara Micro first, then Keycloak. */
    static final class Running implements ExtensionContext.Store.CloseableResource {

        private final PayaraServer payara;

        private Running(PayaraServer payara) {
            this.payara = payara;
        }

        static Running start() {
            try {
                if (onPostgresql()) {
                    TestPostgres.recreate(System.getProperty("it.postgres.database", "rrhub_it"));
                }
                TestKeycloak.start();
                if (Boolean.getBoolean("it.servers.running")) {
                    // -Dit.servers.running=true: the tests talk to servers started by hand (./rrhub run, with
                    // -Dit.http.port=8080 -Dit.keycloak.port=8180), for a quick loop while working on one test.
                    return new Running(null);
                }
                Path itData = Path.of(System.getProperty("it.data", "target/it-data"));
                Path repo = Path.of(System.getProperty("rrhub.repo", "..")).toAbsolutePath().normalize();
                Path preboot = itData.resolve("payara-preboot.asadmin");
                Files.createDirectories(itData);
                Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                        + ".network-listener.http-listener.address=127.0.0.1\n"
                        + Files.readString(repo.resolve("docker/payara/pre-boot-commands.asadmin")));
                PayaraServer payara = new PayaraServer(Path.of(System.getProperty("payara.microJar")),
                        Path.of(System.getProperty("rrhub.war")), Integer.getInteger("it.http.port", 8280));
                Path log = itData.resolve("payara.log");
                try {
                    payara.start(itData, preboot, Map.of(), log, Duration.ofMinutes(4));
                } catch (RuntimeException e) {
                    payara.close();
                    throw new IllegalStateException(e.getMessage() + "\n" + tail(log), e);
                }
                return new Running(payara);
            } catch (IOException e) {
                throw new IllegalStateException("The servers for the integration tests did not start", e);
            }
        }

        @Override
        public void close() {
            if (payara != null) {
                payara.close();
            }
            TestKeycloak.stop();
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log at " + log + ")";
            }
        }
    }
}

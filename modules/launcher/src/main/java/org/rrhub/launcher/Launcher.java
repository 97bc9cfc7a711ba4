package org.rrhub.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/**
 * The run command: Keycloak on 127.0.0.1:8180 with the rrhub realm, then Payara Micro with the web application
 * on 127.0.0.1:8080, H2 database files under ./data, demo tenants provisioned from ./tenants. Ctrl-C stops both.
 */
public final class Launcher {

    static final int APP_PORT = 8080;
    static final int KEYCLOAK_PORT = 8180;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("rrhub.repo", ".")).toAbsolutePath().normalize();
        Properties locations = locations();
        Path data = repo.resolve("data");
        Path war = repo.resolve("webapp/target/rrhub.war");
        if (!Files.exists(war)) {
            throw new IllegalStateException("No " + war + ": build first (./rrhub run does)");
        }
        Instant started = Instant.now();
        KeycloakServer keycloak = new KeycloakServer(Path.of(locations.getProperty("keycloak.home")), KEYCLOAK_PORT,
                data.resolve("keycloak"), repo.resolve("docker/keycloak/rrhub-realm.json"),
                KeycloakTheme.ofRepository(repo));
        PayaraServer payara = new PayaraServer(Path.of(locations.getProperty("payara.jar")), war, APP_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Payara Micro and Keycloak ...");
            payara.close();
            keycloak.close();
            System.out.println("Stopped. Your data is kept in " + data);
        }, "rrhub-shutdown"));

        System.out.println("Starting Keycloak on " + keycloak.url() + " (log: data/keycloak/keycloak.log) ...");
        keycloak.start(Duration.ofMinutes(3));
        System.out.println("Starting Payara Micro on http://127.0.0.1:" + APP_PORT + " (log: data/payara.log) ...");
        Path preboot = data.resolve("payara-preboot.asadmin");
        Files.createDirectories(data);
        Files.writeString(preboot, loopbackOnly() + Files.readString(repo.resolve("docker/payara/pre-boot-commands.asadmin")));
        payara.start(repo, preboot, Map.of(
                "RRHUB_DEMO_TENANTS_DIR", repo.resolve("tenants").toString(),
                "RRHUB_DB_URL", "jdbc:h2:file:" + data.resolve("db/rrhub"),
                "RRHUB_FILES_DIR", data.resolve("files").toString(),
                "RRHUB_INDEX_DIR", data.resolve("index").toString()),
                data.resolve("payara.log"), Duration.ofMinutes(4));

        System.out.printf("%nRestraint Reduction Hub is running (started in %d s): %s/%n",
                Duration.between(started, Instant.now()).toSeconds(), payara.url());
        System.out.println(DemoLogins.describe(repo));
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    private static String loopbackOnly() {
        return "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                + ".address=127.0.0.1\n";
    }

    private static Properties locations() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Launcher.class.getResourceAsStream("/rrhub-launcher.properties")) {
            properties.load(in);
        }
        return properties;
    }
}

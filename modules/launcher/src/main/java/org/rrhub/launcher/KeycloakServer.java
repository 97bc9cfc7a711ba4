package org.rrhub.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode from the unpacked distribution, with the project's realm imported at start
 * (an existing realm is kept, so a second start keeps users and organizations) and the product's login theme
 * installed into the distribution's themes folder. Its database lives in a folder of the caller's choice, so the
 * run command and the tests share one distribution without sharing data.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "rrhub";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Path home;
    private final int port;
    private final Path dataDirectory;
    private final Path realmFile;
    private final KeycloakTheme theme;
    private ManagedProcess process;

    public KeycloakServer(Path home, int port, Path dataDirectory, Path realmFile, KeycloakTheme theme) {
        this.home = home;
        this.port = port;
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.realmFile = realmFile;
        this.theme = theme;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public URI realmDiscovery() {
        return URI.create(url() + "/realms/" + REALM + "/.well-known/openid-configuration");
    }

    /** True when a Keycloak with our realm already answers on the port (then it is used as it is). */
    public boolean alreadyRunning() {
        return ManagedProcess.answersOk(HttpClient.newHttpClient(), realmDiscovery());
    }

    public KeycloakServer start(Duration timeout) throws IOException {
        if (alreadyRunning()) {
            return this;
        }
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": run the Maven build first");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        // The realm names the theme as its login theme; development mode reads it from the folder on each start.
        theme.installInto(home);
        Files.createDirectories(dataDirectory);
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm",
                "--db=dev-file", "--db-url=jdbc:h2:file:" + dataDirectory.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE",
                "--health-enabled=false", "--metrics-enabled=false"));
        process = ManagedProcess.start("Keycloak", command, home, Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_APPEND", "-Xms64m -Xmx768m"), dataDirectory.resolve("keycloak.log"));
        process.awaitHttpOk(realmDiscovery(), timeout);
        return this;
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}

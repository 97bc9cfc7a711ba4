package org.rrhub.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Payara Micro serving the web application at the root context on 127.0.0.1. */
public final class PayaraServer implements AutoCloseable {

    private final Path payaraJar;
    private final Path war;
    private final int port;
    private ManagedProcess process;

    public PayaraServer(Path payaraJar, Path war, int port) {
        this.payaraJar = payaraJar;
        this.war = war;
        this.port = port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * @param prebootCommands asadmin commands applied before start: loopback-only listener, no server banners
     */
    public PayaraServer start(Path workingDirectory, Path prebootCommands, Map<String, String> environment, Path log,
                              Duration timeout) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = ManagedProcess.start("Payara Micro", List.of(java, "-Xmx1g", "-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--prebootcommandfile", prebootCommands.toString()),
                workingDirectory, environment, log);
        process.awaitHttpOk(URI.create(url() + "/health/ready"), timeout);
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

package org.rrhub.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The product's Keycloak theme ({@code docker/keycloak/themes/rrhub}: templates, messages and a small stylesheet),
 * installed into a distribution's {@code themes} folder before Keycloak starts, together with the GOV.UK Frontend
 * stylesheet the web application's build has already unpacked and stripped of the GDS Transport font, so the sign-in
 * pages and the product's pages share one copy of the CSS that nobody commits (decision 0027).
 */
public record KeycloakTheme(String name, Path folder, Path govukFrontendCss) {

    /** Where the stylesheet goes inside the installed theme; {@code theme.properties} names it. */
    static final String STYLESHEET = "login/resources/css/govuk-frontend.min.css";

    /** The theme of a checkout: its folder under docker/, the stylesheet from the webapp module's build. */
    public static KeycloakTheme ofRepository(Path repo) {
        return new KeycloakTheme("rrhub", repo.resolve("docker/keycloak/themes/rrhub"),
                repo.resolve("webapp/target/govuk/assets/govuk/govuk-frontend.min.css"));
    }

    /** Replaces any earlier copy, so a template removed from the repository is gone from Keycloak too. */
    public Path installInto(Path keycloakHome) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("No Keycloak theme at " + folder);
        }
        if (!Files.isRegularFile(govukFrontendCss)) {
            throw new IllegalStateException("No GOV.UK Frontend stylesheet at " + govukFrontendCss
                    + ": build the webapp module first (mvn package does)");
        }
        Path installed = keycloakHome.resolve("themes").resolve(name);
        deleteRecursively(installed);
        copyRecursively(folder, installed);
        Path stylesheet = installed.resolve(STYLESHEET);
        Files.createDirectories(stylesheet.getParent());
        Files.copy(govukFrontendCss, stylesheet, StandardCopyOption.REPLACE_EXISTING);
        return installed;
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}

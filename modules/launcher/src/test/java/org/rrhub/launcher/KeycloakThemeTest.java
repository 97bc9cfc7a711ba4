package org.rrhub.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeycloakThemeTest {

    @TempDir
    Path dir;

    @Test
    void installsTheThemeFolderWithTheBuiltStylesheetInsideIt() throws Exception {
        Path folder = write("repo/docker/keycloak/themes/rrhub/login/template.ftl", "<#macro registrationLayout/>");
        write("repo/docker/keycloak/themes/rrhub/login/resources/css/rrhub-login.css", ".rrhub {}");
        write("repo/webapp/target/govuk/assets/govuk/govuk-frontend.min.css", ".govuk-header{}");
        Path keycloak = Files.createDirectories(dir.resolve("keycloak"));

        Path installed = KeycloakTheme.ofRepository(dir.resolve("repo")).installInto(keycloak);

        assertThat(installed).isEqualTo(keycloak.resolve("themes/rrhub"));
        assertThat(installed.resolve("login/template.ftl")).hasContent("<#macro registrationLayout/>");
        assertThat(installed.resolve("login/resources/css/rrhub-login.css")).hasContent(".rrhub {}");
        assertThat(installed.resolve("login/resources/css/govuk-frontend.min.css")).hasContent(".govuk-header{}");
        assertThat(folder.getParent().resolve("resources/css/govuk-frontend.min.css"))
                .as("the repository's folder stays as committed").doesNotExist();
    }

    @Test
    void aSecondInstallLeavesNothingOfAnEarlierVersionBehind() throws Exception {
        write("repo/docker/keycloak/themes/rrhub/login/info.ftl", "old page");
        write("repo/webapp/target/govuk/assets/govuk/govuk-frontend.min.css", "css");
        KeycloakTheme theme = KeycloakTheme.ofRepository(dir.resolve("repo"));
        Path keycloak = Files.createDirectories(dir.resolve("keycloak"));
        theme.installInto(keycloak);

        Files.delete(dir.resolve("repo/docker/keycloak/themes/rrhub/login/info.ftl"));
        write("repo/docker/keycloak/themes/rrhub/login/error.ftl", "new page");
        Path installed = theme.installInto(keycloak);

        assertThat(installed.resolve("login/info.ftl")).doesNotExist();
        assertThat(installed.resolve("login/error.ftl")).hasContent("new page");
    }

    @Test
    void saysToBuildTheWebappWhenItsStylesheetIsMissing() throws Exception {
        write("repo/docker/keycloak/themes/rrhub/login/template.ftl", "");

        assertThatThrownBy(() -> KeycloakTheme.ofRepository(dir.resolve("repo")).installInto(dir.resolve("keycloak")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("govuk-frontend.min.css").hasMessageContaining("build the webapp module");
    }

    private Path write(String path, String content) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}

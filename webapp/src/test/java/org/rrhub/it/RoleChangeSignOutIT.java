package org.rrhub.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person whose role an admin changes is signed out at their next request, in the application and in Keycloak,
 * and has the new role when they sign in again; in real Chromium through Keycloak's login page.
 */
@OnTheApplication
@Tag("browser")
class RoleChangeSignOutIT {

    @Test
    void aPersonWhoseRoleIsChangedIsSignedOutAtTheirNextRequest() throws Exception {
        var tenant = Fixtures.newTenant("Sign Out Test Trust", "NHS_TRUST");
        var person = Fixtures.addPerson(tenant, "provider-admin");
        try (Browser browser = new Browser()) {
            browser.open("/people");
            browser.signInAtKeycloak(person.username(), person.password());
            browser.waitForUrl("/people");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("People and roles");
            // Tokens carry their issue time in whole seconds: a change in the token's own second is not held
            // against it, so the change is made in a later one.
            Thread.sleep(1_100);

            var changed = Api.put("/api/v1/people/" + person.username() + "/role", tenant.adminToken(),
                    "{\"role\": \"provider-viewer\"}");
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

            // The very next request: the application's session has ended, and so has Keycloak's, which asks again.
            browser.open("/people");
            browser.waitForUrl("/realms/rrhub/");
            assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
            browser.signInAtKeycloak(person.username(), person.password());
            browser.waitForUrl("/people");
            assertThat(browser.find(By.tagName("h1")).getText()).as("a viewer now")
                    .isEqualTo("You do not have access to this page");
            browser.open("/dashboard");
            assertThat(browser.find(By.tagName("h1")).getText()).contains(tenant.name());
        }
    }

    @Test
    void anAdminRemovesSomebodyOnThePeoplePageAndTheirTokenStopsWorking() throws Exception {
        var tenant = Fixtures.newTenant("Removal Page Trust", "NHS_TRUST");
        var person = Fixtures.addPerson(tenant, "provider-viewer");
        String before = person.token();
        assertThat(Api.get("/api/v1/wards", before).status()).isEqualTo(200);
        Thread.sleep(1_100);
        try (Browser browser = new Browser()) {
            browser.open("/people");
            browser.signInAtKeycloak(tenant.adminUsername(), tenant.adminPassword());
            browser.waitForUrl("/people");
            browser.assertAccessible();
            browser.find(By.id("remove-" + person.username())).click();
            browser.waitForUrl("removed=");
            assertThat(browser.find(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains(person.username() + " was removed from the organisation");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Test provider-viewer");
            browser.assertAccessible();
        }
        assertThat(Api.get("/api/v1/wards", before).status()).isEqualTo(401);
    }
}

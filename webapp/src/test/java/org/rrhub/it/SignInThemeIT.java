package org.rrhub.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's pages in the product's own GOV.UK style (the realm's login theme, docker/keycloak/themes/rrhub): the
 * sign-in steps, a wrong password, the new password of a first sign-in, an expired page, an error and signing out.
 * Each page names the product, shows none of Keycloak's default theme, has no script of its own (so it works without
 * JavaScript), and passes axe-core's WCAG 2.2 AA checks, on a desktop window and at 375 px.
 */
@OnTheApplication
@Tag("browser")
class SignInThemeIT {

    private static final String PRODUCT = "Restraint Reduction Hub";

    @Test
    void signingInByKeyboardAfterAWrongPasswordShowsTheProductsPagesThroughout() throws Exception {
        var tenant = Fixtures.newTenant("Sign-in Theme Trust", "NHS_TRUST");
        try (Browser browser = new Browser()) {
            browser.open("/dashboard");
            browser.waitForUrl("/realms/rrhub/");
            assertInTheProductsStyle(browser, "Sign in");
            assertThat(browser.find(By.cssSelector("label[for='username']")).getText()).isNotBlank();
            browser.screenshot("sign-in");

            // A wrong password: the form again, "There is a problem" above it and the message at its field.
            enterUsername(browser, tenant.adminUsername());
            browser.find(By.id("password")).sendKeys("not-the-password");
            browser.driver.findElement(By.id("kc-login")).click();
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("There is a problem").contains("Your username or password is not right");
            assertThat(browser.driver.findElements(By.cssSelector(".govuk-error-message")))
                    .anySatisfy(message -> assertThat(message.getAttribute("textContent")).contains("Error:"));
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            assertInTheProductsStyle(browser, "");
            browser.screenshot("sign-in-wrong-password");

            // The same page on a phone: nothing wider than the screen, still accessible.
            browser.driver.manage().window().setSize(new Dimension(375, 812));
            assertThat(((Number) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
                    .as("horizontal overflow at 375 px").isLessThanOrEqualTo(0);
            browser.assertAccessible();
            browser.driver.manage().window().setSize(new Dimension(1280, 1024));

            // Keyboard alone, from the top of a fresh sign-in page.
            browser.open("/dashboard");
            browser.waitForUrl("/realms/rrhub/");
            browser.tabTo("username");
            browser.type(tenant.adminUsername());
            if (browser.driver.findElements(By.id("password")).isEmpty()) {
                browser.press(Keys.ENTER);
                browser.find(By.id("password"));
            }
            browser.tabTo("password");
            browser.type(tenant.adminPassword());
            browser.press(Keys.ENTER);
            browser.waitForUrl("/dashboard");
            assertThat(browser.find(By.tagName("h1")).getText()).contains(tenant.name());
            // The product's pages use the same stylesheet, so the same font.
            assertThat(browser.find(By.tagName("h1")).getCssValue("font-family"))
                    .startsWith("system-ui").doesNotContain("GDS Transport");
        }
    }

    @Test
    void aFirstSignInWithAOneTimePasswordAsksForANewPasswordAndAnExpiredStepSaysHowToGoOn() throws Exception {
        // A provider organisation as the platform admin creates it: its first admin has a one-time password.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var created = Api.post("/api/v1/tenants", Fixtures.platformAdminToken(),
                Fixtures.tenantJson("First Sign-in Trust " + suffix, "NHS_TRUST", "first-" + suffix + "@example.org"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String username = created.object().getString("adminUsername");
        String oneTimePassword = created.object().getString("temporaryPassword");

        try (Browser browser = new Browser()) {
            browser.open("/dashboard");
            browser.waitForUrl("/realms/rrhub/");
            enterUsername(browser, username);
            String passwordStep = browser.driver.findElement(By.id("kc-form-login")).getAttribute("action");
            browser.find(By.id("password")).sendKeys(oneTimePassword);
            browser.driver.findElement(By.id("kc-login")).click();

            browser.find(By.id("password-new"));
            assertInTheProductsStyle(browser, "Create a new password");
            assertThat(browser.find(By.id("password-new-hint")).getText()).contains("at least 8 characters");
            browser.screenshot("sign-in-new-password");

            // Two different passwords: the message at the second field, and in the summary linking to it.
            browser.find(By.id("password-new")).sendKeys("Rowan-Ward-2026");
            browser.driver.findElement(By.id("password-confirm")).sendKeys("Rowan-Ward-2027");
            browser.driver.findElement(By.id("kc-submit")).click();
            assertThat(browser.find(By.id("password-confirm-error")).getText()).contains("The passwords do not match");
            assertThat(browser.driver.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
                    .endsWith("#password-confirm");
            assertThat(browser.driver.findElement(By.id("password-confirm")).getAttribute("aria-describedby"))
                    .isEqualTo("password-confirm-error");
            assertInTheProductsStyle(browser, "Create a new password");

            // Back to the password step once it is done (the browser's back button and a reload): expired.
            browser.driver.get(passwordStep);
            assertInTheProductsStyle(browser, "This page has expired");
            browser.find(By.id("loginContinueLink")).click();
            browser.find(By.id("password-new"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Create a new password");

            browser.find(By.id("password-new")).sendKeys("Rowan-Ward-2026");
            browser.driver.findElement(By.id("password-confirm")).sendKeys("Rowan-Ward-2026");
            browser.driver.findElement(By.id("kc-submit")).click();
            browser.waitForUrl("/dashboard");
            assertThat(TestKeycloak.token(username, "Rowan-Ward-2026")).isNotBlank();
        }
    }

    @Test
    void anErrorAndSigningOutAtKeycloakItselfAreInTheProductsStyle() throws Exception {
        try (Browser browser = new Browser()) {
            // A sign-in started by an application Keycloak does not know.
            browser.driver.get(TestKeycloak.url() + "/realms/rrhub/protocol/openid-connect/auth?client_id=unknown"
                    + "&response_type=code&redirect_uri=" + java.net.URLEncoder.encode(Api.base() + "/",
                    java.nio.charset.StandardCharsets.UTF_8));
            assertInTheProductsStyle(browser, "Sorry, there is a problem");
            assertThat(browser.find(By.id("kc-error-message")).getText())
                    .contains("not known to the sign-in service");

            // Signing out at Keycloak's own address asks first, then says so.
            browser.driver.get(TestKeycloak.url() + "/realms/rrhub/protocol/openid-connect/logout");
            assertInTheProductsStyle(browser, "Sign out");
            browser.find(By.id("kc-logout")).click();
            browser.waitForUrl("logout-confirm");
            assertInTheProductsStyle(browser, "You are signed out");
        }
    }

    /** The username alone first when Keycloak asks for it on its own page (organizations), then the password. */
    private static void enterUsername(Browser browser, String username) {
        var field = browser.find(By.id("username"));
        field.clear();
        field.sendKeys(username);
        if (browser.driver.findElements(By.id("password")).stream().noneMatch(e -> e.isDisplayed())) {
            browser.driver.findElement(By.id("kc-login")).click();
            browser.find(By.id("password"));
            assertThat(browser.find(By.id("kc-attempted-username")).getText()).contains(username);
            assertInTheProductsStyle(browser, "");
        }
    }

    /**
     * The page is the theme's: the product's name in the header and the title, GOV.UK Frontend's styles with the
     * system font, none of Keycloak's default theme (its header, PatternFly classes), no script but Keycloak's own
     * address-bar line, no link to
     * Keycloak's account console, and no WCAG 2.2 AA violations.
     */
    private static void assertInTheProductsStyle(Browser browser, String heading) {
        var header = browser.find(By.cssSelector("header.govuk-header"));
        assertThat(header.getText()).isEqualTo(PRODUCT);
        assertThat(header.getCssValue("background-color")).isEqualTo("rgba(11, 12, 12, 1)");
        assertThat(browser.find(By.tagName("h1")).getCssValue("font-family"))
                .startsWith("system-ui").doesNotContain("GDS Transport");
        assertThat(browser.driver.getTitle()).endsWith(" – " + PRODUCT);
        if (!heading.isEmpty()) {
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(heading);
        }
        assertThat(browser.driver.findElements(By.id("kc-header-wrapper"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[class*='pf-v5-'], [class*='pf-c-'], [class*='pf-m-']")))
                .isEmpty();
        // Keycloak itself adds one line after a form is sent (history.replaceState, so a reload does not send it
        // again); it only tidies the address bar. Anything else would be the theme's, and there is none.
        assertThat(browser.driver.findElements(By.cssSelector("script")))
                .as("scripts on the page")
                .allSatisfy(script -> assertThat(script.getAttribute("outerHTML"))
                        .doesNotContain(" src=").contains("history.replaceState"));
        assertThat(browser.driver.findElements(By.cssSelector("a[href*='/account']"))).isEmpty();
        browser.assertAccessible();
    }
}

package org.rrhub.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.rrhub.documents.testing.SampleFiles;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Awkward input through the pages, in Chromium with a real session: a control character typed into the review
 * access form comes back as the form with the message by the field, and a file named résumé.pdf keeps its name on
 * the way in and on the way out.
 */
@OnTheApplication
@Tag("browser")
class InputPagesIT {

    @Test
    void aControlCharacterInTheReviewAccessFormShowsTheFormAgainWithTheMessageByTheField() throws Exception {
        var tenant = Fixtures.newTenant("Control Characters Pages Trust", "NHS_TRUST");
        try (Browser browser = signedIn(tenant)) {
            browser.open("/review-access");
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('reviewer').value = arguments[0];", "rrn\u0000.reviewer");
            browser.driver.findElement(By.id("grant-access")).click();

            assertThat(browser.find(By.id("reviewer-error")).getText()).contains("control character");
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("control character");
            assertThat(browser.driver.getTitle()).startsWith("Error: Review access");
            assertThat(browser.driver.findElement(By.id("reviewer")).getAttribute("value")).isEqualTo("rrn.reviewer");
            assertThat(browser.driver.findElements(By.cssSelector("table.govuk-table"))).as("nothing granted").isEmpty();
            browser.assertAccessible();
        }
        assertThat(Api.get("/api/v1/review-grants", tenant.adminToken()).array()).isEmpty();
    }

    @Test
    void aFileNamedResumeWithAccentsKeepsItsNameOnThePageAndInTheDownload() throws Exception {
        var tenant = Fixtures.newTenant("File Names Pages Trust", "NHS_TRUST");
        try (Browser browser = signedIn(tenant)) {
            browser.open("/documents/new");
            browser.find(By.id("title")).sendKeys("Seclusion review summary");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("kind"))).selectByValue("POLICY");
            // The file chosen as a person would, named as on their desktop: Chromium sends the name as UTF-8.
            ((JavascriptExecutor) browser.driver).executeScript("const bytes = Uint8Array.from(atob(arguments[0]), "
                    + "c => c.charCodeAt(0)); const files = new DataTransfer(); files.items.add(new File([bytes], "
                    + "arguments[1], {type: 'application/pdf'})); document.getElementById('file').files = files.files;",
                    Base64.getEncoder().encodeToString(SampleFiles.pdf("Seclusion review")), "r\u00e9sum\u00e9.pdf");
            browser.driver.findElement(By.id("save-document")).click();
            browser.waitForUrl("done=uploaded");

            assertThat(browser.find(By.tagName("main")).getText()).contains("r\u00e9sum\u00e9.pdf")
                    .doesNotContain("r\u00c3\u00a9sum");
            String href = browser.find(By.linkText("r\u00e9sum\u00e9.pdf")).getAttribute("href");
            Object disposition = ((JavascriptExecutor) browser.driver).executeAsyncScript("const done = arguments[1]; "
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Disposition')))"
                    + ".catch(e => done('failed ' + e));", href);
            assertThat(disposition).isEqualTo(
                    "200 attachment; filename=\"r_sum_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf");
        }
    }

    private static Browser signedIn(Fixtures.SampleTenant tenant) throws Exception {
        Browser browser = new Browser();
        browser.open("/");
        browser.find(By.linkText("Sign in")).click();
        browser.signInAtKeycloak(tenant.adminUsername(), tenant.adminPassword());
        browser.waitForUrl("/dashboard");
        return browser;
    }
}

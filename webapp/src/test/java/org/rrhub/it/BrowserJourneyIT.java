package org.rrhub.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People using the pages in real Chromium: sign in through Keycloak's own login page, land on the dashboard of
 * their role and organisation, meet clear errors on forms, sign out of both. axe-core checks each page.
 */
@OnTheApplication
@Tag("browser")
class BrowserJourneyIT {

    @Test
    void providerAdminSignsInWorksOnAFormAndSignsOutOfBothSessions() throws Exception {
        var tenant = Fixtures.newTenant("Browser Test NHS Trust", "NHS_TRUST");
        try (Browser browser = new Browser()) {
            browser.open("/");
            assertThat(browser.find(By.tagName("h1")).getText()).contains("Reduce restrictive practice");
            browser.assertAccessible();

            browser.find(By.linkText("Sign in")).click();
            browser.signInAtKeycloak(tenant.adminUsername(), tenant.adminPassword());
            browser.waitForUrl("/dashboard");
            assertThat(browser.find(By.tagName("h1")).getText()).contains(tenant.name()).contains("Dashboard");
            assertThat(browser.driver.findElement(By.cssSelector("nav[aria-labelledby='domain-nav-heading']")).getText())
                    .contains("Leadership and governance").contains("Continuous improvement");
            browser.screenshot("dashboard-provider");
            browser.assertAccessible();

            // A form sent with mistakes comes back with each message next to its field, and nothing is stored.
            browser.find(By.linkText("Add a ward")).click();
            browser.find(By.id("beds")).sendKeys("many");
            browser.driver.findElement(By.cssSelector("form[action='/wards'] button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("There is a problem");
            assertThat(browser.find(By.id("beds-error")).getText()).contains("Enter a whole number");
            browser.screenshot("ward-form-errors");
            browser.assertAccessible();

            browser.driver.findElement(By.id("name")).sendKeys("Rowan Ward <script>alert(1)</script>");
            browser.driver.findElement(By.id("service")).sendKeys("Adult acute");
            var beds = browser.driver.findElement(By.id("beds"));
            beds.clear();
            beds.sendKeys("14");
            browser.driver.findElement(By.cssSelector("form[action='/wards'] button[type=submit]")).click();
            browser.waitForUrl("/dashboard");
            // Stored as typed, shown as text.
            assertThat(browser.find(By.cssSelector("table.govuk-table")).getText())
                    .contains("Rowan Ward <script>alert(1)</script>");

            // A document uploaded through the page, refused first without a file, then downloaded again.
            browser.find(By.linkText("Documents")).click();
            browser.find(By.id("upload-document")).click();
            browser.assertAccessible();
            browser.find(By.id("title")).sendKeys("Post-incident support policy");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("kind"))).selectByValue("POLICY");
            browser.driver.findElement(By.id("save-document")).click();
            assertThat(browser.find(By.id("file-error")).getText()).contains("Select a file to upload");
            assertThat(browser.driver.findElement(By.id("title")).getAttribute("value"))
                    .isEqualTo("Post-incident support policy");
            browser.assertAccessible();
            java.nio.file.Path upload = java.nio.file.Files.createTempFile("post-incident-support", ".pdf");
            byte[] pdf = org.rrhub.documents.testing.SampleFiles.pdf("Debrief within 72 hours of any restraint");
            java.nio.file.Files.write(upload, pdf);
            browser.driver.findElement(By.id("file")).sendKeys(upload.toString());
            browser.driver.findElement(By.id("nextReviewDate-day")).sendKeys("1");
            browser.driver.findElement(By.id("nextReviewDate-month")).sendKeys("1");
            browser.driver.findElement(By.id("nextReviewDate-year")).sendKeys("2020");
            browser.driver.findElement(By.id("save-document")).click();
            browser.waitForUrl("done=uploaded");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Post-incident support policy")
                    .contains("Text extracted").contains("Review overdue").contains("No approval is recorded yet");
            browser.assertAccessible();
            browser.find(By.linkText(upload.getFileName().toString())).click();
            assertThat(browser.downloaded(upload.getFileName().toString())).isEqualTo(pdf);
            browser.open("/dashboard");
            assertThat(browser.find(By.id("reviews-due")).getText()).contains("Post-incident support policy")
                    .contains("Review overdue");
            browser.open("/documents/coverage");
            assertThat(browser.find(By.id("coverage-summary")).getText()).contains("0 covered by a policy");
            browser.assertAccessible();
            browser.open("/dashboard");

            // API integrations: created on a page, the secret shown once, then revoked.
            browser.find(By.linkText("API integrations")).click();
            browser.assertAccessible();
            browser.find(By.id("name")).sendKeys("Incident system export");
            browser.driver.findElement(By.cssSelector("label[for='role']")).click();
            browser.driver.findElement(By.cssSelector("form[action='/integrations'] button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText()).contains("Integration created");
            assertThat(browser.driver.findElement(By.cssSelector(".rrhub-secret")).getText()).isNotBlank();
            browser.assertAccessible();
            browser.open("/integrations");
            assertThat(browser.find(By.cssSelector("table.govuk-table")).getText()).contains("Incident system export");
            browser.driver.findElement(By.xpath("//button[starts-with(normalize-space(), 'Revoke')]")).click();
            assertThat(browser.find(By.tagName("main")).getText()).contains("Your organisation has no integrations.");

            // Sign-in is in the audit log.
            assertThat(Api.get("/api/v1/audit?limit=500", Fixtures.platformAdminToken()).array().stream()
                    .map(e -> e.asJsonObject())
                    .filter(e -> e.getString("action").equals("SIGNED_IN"))
                    .map(e -> e.getString("actor"))).contains(tenant.adminUsername());

            browser.find(By.xpath("//button[normalize-space()='Sign out']")).click();
            browser.waitForUrl(Api.base() + "/");
            assertThat(browser.find(By.linkText("Sign in")).isDisplayed()).isTrue();

            // Keycloak's session ended too: the dashboard asks for credentials again.
            browser.open("/dashboard");
            browser.waitForUrl("/realms/rrhub/");
            assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
        }
    }

    @Test
    void aProviderFillsADomainOfThePlanByKeyboardAloneAndSubmitsIt() throws Exception {
        var tenant = Fixtures.newTenant("Keyboard Test Trust", "NHS_TRUST");
        try (Browser browser = new Browser()) {
            browser.open("/plan");
            browser.signInAtKeycloak(tenant.adminUsername(), tenant.adminPassword());
            browser.waitForUrl("/plan");
            browser.assertAccessible();

            // Start the cycle: keyboard only.
            browser.tabTo("cycleStart-day");
            browser.type("1");
            browser.press(org.openqa.selenium.Keys.TAB);
            browser.type("4");
            browser.press(org.openqa.selenium.Keys.TAB);
            browser.type("2026");
            browser.press(org.openqa.selenium.Keys.ENTER);
            browser.waitForUrl("/plan/");
            assertThat(browser.find(By.tagName("h1")).getText()).contains("Pledge action plan");
            String planPath = browser.path();
            browser.assertAccessible();

            // One strategy domain, keyboard only: from the edit link to the save button.
            browser.tabTo("edit-plan");
            browser.press(org.openqa.selenium.Keys.ENTER);
            browser.waitForUrl("/edit");
            browser.assertAccessible();
            browser.tabTo("staff-training-and-development-main");
            browser.type("Everyone trained in de-escalation <first>");
            browser.press(org.openqa.selenium.Keys.TAB);
            browser.type("Trained 60% of ward staff");
            browser.press(org.openqa.selenium.Keys.TAB);
            browser.type("Train the remaining staff by March");
            browser.tabTo("save-plan");
            browser.press(org.openqa.selenium.Keys.ENTER);
            browser.waitForUrl("done=saved");
            assertThat(browser.find(By.id("domain-staff-training-and-development")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains("Everyone trained in de-escalation <first>").contains("Your changes were saved.");
            browser.assertAccessible();

            // Submitting an incomplete plan lists what is missing, linked to the form.
            browser.tabTo("submit-plan");
            browser.press(org.openqa.selenium.Keys.ENTER);
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("The plan cannot be submitted yet").contains("Enter restraint reduction lead");
            browser.assertAccessible();

            // The rest of the form through the API (as an integration would), then submitted on the page.
            String id = planPath.substring(planPath.lastIndexOf('/') + 1);
            long version = Api.get("/api/v1/plans/" + id, tenant.adminToken()).object().getJsonNumber("version").longValue();
            assertThat(Api.put("/api/v1/plans/" + id, tenant.adminToken(), PlanJsonSamples.change(version,
                    PlanJsonSamples.content(tenant.name(), "Lead Person", "End prone restraint", true))).status())
                    .isEqualTo(200);
            browser.open(planPath);
            browser.tabTo("submit-plan");
            browser.press(org.openqa.selenium.Keys.ENTER);
            browser.waitForUrl("done=submitted");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Submitted to the RRN");
            assertThat(browser.driver.findElements(By.id("edit-plan"))).isEmpty();
            browser.screenshot("plan-submitted");
            browser.assertAccessible();

            browser.find(By.linkText("Revision history")).click();
            assertThat(browser.find(By.tagName("main")).getText()).contains("Submitted to the RRN")
                    .contains("Everyone trained in de-escalation <first>");
            browser.assertAccessible();

            // The work behind the plan: an action on the strategy's page, refused first, then added with a note.
            browser.open("/domains/staff-training-and-development");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Done STAFF_TRAINING_AND_DEVELOPMENT")
                    .contains("No actions yet.");
            browser.assertAccessible();
            browser.find(By.id("add-action")).click();
            browser.find(By.id("save-action")).click();
            assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Enter a title for the action").contains("Choose who owns the action");
            browser.assertAccessible();
            browser.find(By.id("title")).sendKeys("Refresher training for night staff");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("owner")))
                    .selectByValue(tenant.adminUsername());
            browser.driver.findElement(By.id("dueDate-day")).sendKeys("31");
            browser.driver.findElement(By.id("dueDate-month")).sendKeys("1");
            browser.driver.findElement(By.id("dueDate-year")).sendKeys("2027");
            browser.driver.findElement(By.cssSelector("label[for='status-IN_PROGRESS']")).click();
            browser.driver.findElement(By.cssSelector("label[for='priority-1']")).click();
            browser.driver.findElement(By.id("save-action")).click();
            browser.waitForUrl("done=added");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Refresher training for night staff")
                    .contains("In progress").contains("1. End prone restraint");
            browser.find(By.id("note")).sendKeys("Two sessions booked for January");
            browser.driver.findElement(By.id("add-note")).click();
            browser.waitForUrl("done=noted");
            assertThat(browser.find(By.id("notes")).isDisplayed()).isTrue();
            assertThat(browser.find(By.tagName("main")).getText()).contains("Two sessions booked for January");
            browser.assertAccessible();
            browser.open("/dashboard");
            assertThat(browser.find(By.id("domain-progress")).getText()).contains("Staff training and development 1 0 0");
            browser.assertAccessible();

            // An RRN reviewer the provider granted access accepts the plan: its priorities go public, its contacts do not.
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
            assertThat(Api.post("/api/v1/review-grants", tenant.adminToken(), "{\"reviewer\": \"rrn.reviewer\", "
                    + "\"validFrom\": \"" + today + "\", \"validUntil\": \"" + today.plusDays(7) + "\"}").status())
                    .isEqualTo(201);
            String reviewer = TestKeycloak.token("rrn.reviewer", "demo-reviewer-1");
            long submitted = Api.get("/api/v1/reviews/" + tenant.id() + "/plans/" + id, reviewer).object()
                    .getJsonNumber("version").longValue();
            assertThat(Api.post("/api/v1/reviews/" + tenant.id() + "/plans/" + id + "/acceptance", reviewer,
                    "{\"version\": " + submitted + "}").status()).isEqualTo(200);
            browser.open("/pledges");
            String directory = browser.find(By.tagName("main")).getText();
            assertThat(directory).contains(tenant.name()).contains("1. End prone restraint")
                    .doesNotContain("Lead Person").doesNotContain("rr.lead@example.org");
            browser.screenshot("public-pledges");
            browser.assertAccessible();

            // The self-assessment: a statement answered on its page, then seen in the gaps and the roll-ups.
            browser.open("/assessment");
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Self-assessment");
            browser.assertAccessible();
            browser.find(By.partialLinkText("1.1 Strategy and policy")).click();
            browser.assertAccessible();
            browser.driver.findElement(By.cssSelector("a[href$='/statements/1.1.I']")).click();
            browser.driver.findElement(By.cssSelector("label[for='status-NOT_APPLICABLE']")).click();
            browser.driver.findElement(By.id("save-answer")).click();
            assertThat(browser.find(By.id("notApplicableRationale-error")).getText()).contains("documented rationale");
            browser.assertAccessible();
            browser.driver.findElement(By.cssSelector("label[for='status-PARTIALLY_MET']")).click();
            browser.driver.findElement(By.id("narrative")).sendKeys("Strategy drafted; board approval due <soon>");
            browser.driver.findElement(By.id("save-answer")).click();
            browser.waitForUrl("done=saved");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Your answer was saved.")
                    .contains("Partially met");
            browser.assertAccessible();
            browser.find(By.linkText("Back to the subsection")).click();
            browser.find(By.linkText("Back to the self-assessment")).click();
            browser.find(By.partialLinkText("Gaps")).click();
            assertThat(browser.find(By.tagName("main")).getText()).contains("1.1.I").contains("Partially met");
            browser.assertAccessible();
            browser.find(By.linkText("1.1.I")).click();
            browser.find(By.id("turn-into-action")).click();
            browser.waitForUrl("done=added");
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Meet standard 1.1.I");
            assertThat(browser.find(By.id("action-source")).getText()).contains("1.1.I");
            browser.assertAccessible();

            // Another organisation's plan, action and revision pages are "not found" for this provider.
            var other = Fixtures.newTenant("Other Keyboard Trust", "NHS_TRUST");
            String othersPlan = Api.post("/api/v1/plans", other.adminToken(), "{\"cycleStart\": \"2026-04-01\"}")
                    .object().getString("id");
            for (String foreign : java.util.List.of("/plan/" + othersPlan, "/plan/" + othersPlan + "/revisions",
                    "/plan/" + othersPlan + "/actions", "/plan/" + othersPlan + "/export.pdf",
                    "/plan/" + id + "/actions/" + othersPlan)) {
                browser.open(foreign);
                assertThat(browser.find(By.tagName("h1")).getText()).as(foreign).isEqualTo("Page not found");
            }
        }
    }

    @Test
    void anRrnReviewerReturnsAPlanAndRecordsAFindingThatTheProviderAnswersOnThePages() throws Exception {
        var provider = Fixtures.newTenant("Reviewed Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        // The sample content is dated 10 April 2026, inside this cycle.
        var plan = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"2026-04-01\"}").object();
        long version = Api.put("/api/v1/plans/" + plan.getString("id"), admin, PlanJsonSamples.change(
                plan.getJsonNumber("version").longValue(), PlanJsonSamples.content(provider.name(), "Lead Person",
                        "Fewer restraints", true))).object().getJsonNumber("version").longValue();
        assertThat(Api.post("/api/v1/plans/" + plan.getString("id") + "/submission", admin,
                PlanJsonSamples.version(version)).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/review-grants", admin, "{\"reviewer\": \"rrn.reviewer\", \"validFrom\": \""
                + today + "\", \"validUntil\": \"" + today.plusDays(14) + "\"}").status()).isEqualTo(201);
        assertThat(Api.put("/api/v1/assessments/nms-2019/" + today.getYear() + "/statements/1.15.II", admin,
                "{\"answer\": {\"status\": \"NOT_APPLICABLE\", \"notApplicableRationale\": "
                        + "\"We have no seclusion room\"}}").status()).isEqualTo(200);

        try (Browser browser = new Browser()) {
            browser.open("/reviews");
            browser.signInAtKeycloak("rrn.reviewer", "demo-reviewer-1");
            browser.waitForUrl("/reviews");
            browser.assertAccessible();
            browser.find(By.linkText(provider.name())).click();
            assertThat(browser.find(By.tagName("main")).getText()).contains("Submitted to the RRN");
            browser.assertAccessible();
            browser.driver.findElement(By.cssSelector("a[href*='/plans/']")).click();
            assertThat(browser.find(By.tagName("h1")).getText()).contains("Review the pledge action plan");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Fewer restraints");
            browser.assertAccessible();

            browser.find(By.id("return-plan")).click();
            assertThat(browser.find(By.id("comments-error")).getText()).contains("Say what the provider should change");
            browser.assertAccessible();
            browser.find(By.id("comments")).sendKeys("Say how you will measure debriefs <please>");
            browser.driver.findElement(By.id("return-plan")).click();
            browser.waitForUrl("done=returned");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Returned with comments");
            browser.assertAccessible();

            // The self-assessment review: a finding, a summary, shared with the provider.
            browser.open("/reviews/" + provider.id());
            browser.find(By.id("start-review")).click();
            browser.waitForUrl("/assessment-reviews/");
            assertThat(browser.find(By.id("review-state")).getText()).isEqualTo("Draft");
            browser.assertAccessible();
            browser.find(By.id("statement-1.15.II")).click();
            assertThat(browser.find(By.id("provider-answer")).getText()).contains("Not applicable")
                    .contains("We have no seclusion room");
            browser.assertAccessible();
            browser.driver.findElement(By.cssSelector("label[for='verdict-DISAGREE']")).click();
            browser.find(By.id("save-finding")).click();
            assertThat(browser.find(By.id("comment-error")).getText()).contains("Say why you disagree");
            browser.assertAccessible();
            browser.find(By.id("comment")).sendKeys("The rationale is not minuted <anywhere>");
            browser.driver.findElement(By.id("save-finding")).click();
            browser.waitForUrl("done=finding");
            assertThat(browser.find(By.id("findings")).getText()).contains("1.15.II").contains("Disagree");
            browser.find(By.id("summary")).sendKeys("Strong board ownership; record your rationales.");
            browser.find(By.id("save-summary")).click();
            browser.waitForUrl("done=summary");
            browser.find(By.id("share-review")).click();
            browser.waitForUrl("done=shared");
            assertThat(browser.find(By.id("review-state")).getText()).isEqualTo("Shared with the provider");
            browser.assertAccessible();
            browser.open("/reviews");
            assertThat(browser.find(By.id("review-dashboard")).getText()).contains(provider.name())
                    .contains("Shared with the provider");
            browser.assertAccessible();
        }

        // The provider answers the finding and responds.
        try (Browser browser = new Browser()) {
            browser.open("/dashboard");
            browser.signInAtKeycloak(provider.adminUsername(), provider.adminPassword());
            browser.waitForUrl("/dashboard");
            browser.find(By.cssSelector("#reviews-awaiting a")).click();
            browser.waitForUrl("/assessment-reviews/");
            assertThat(browser.find(By.id("review-summary")).getText()).contains("Strong board ownership");
            browser.assertAccessible();
            browser.find(By.id("send-response")).click();
            assertThat(browser.find(By.id("send-response-error")).getText()).contains("1.15.II");
            browser.assertAccessible();
            browser.find(By.id("save-answer-1.15.II")).click();
            assertThat(browser.find(By.cssSelector("[id^='answer-error-']")).getText())
                    .contains("Write your answer to the finding");
            browser.assertAccessible();
            browser.find(By.cssSelector("textarea[id^='answer-']")).sendKeys("Minuted at the board on 12 March");
            browser.driver.findElement(By.id("save-answer-1.15.II")).click();
            browser.waitForUrl("done=answered");
            browser.find(By.id("send-response")).click();
            browser.waitForUrl("done=responded");
            assertThat(browser.find(By.id("review-state")).getText()).isEqualTo("Provider responded");
            assertThat(browser.find(By.id("review-history")).getText()).contains("Finding on 1.15.II answered");
            browser.assertAccessible();
        }
        var returned = Api.get("/api/v1/plans/" + plan.getString("id"), admin).object();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("reviewComments")).isEqualTo("Say how you will measure debriefs <please>");
    }

    @Test
    void anInspectorStatesAPurposeSearchesFiltersByAFacetAndOpensAResult() throws Exception {
        var provider = Fixtures.newTenant("Inspected Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String word = Fixtures.uniqueWord();
        Fixtures.approvedPolicy(provider, "Positive behaviour support " + word, "Every person has a PBS plan. " + word);
        String planId = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"2026-04-01\"}").object().getString("id");
        assertThat(Api.post("/api/v1/plans/" + planId + "/actions", admin, "{\"domain\": \"PREVENTATIVE_MEASURES\", "
                + "\"title\": \"PBS plans for all " + word + "\", \"description\": \"\", \"owner\": \""
                + provider.adminUsername() + "\", \"dueDate\": \"2027-01-31\", \"status\": \"NOT_STARTED\", "
                + "\"priorities\": []}").status()).isEqualTo(201);

        try (Browser browser = new Browser()) {
            browser.open("/search");
            browser.signInAtKeycloak("cqc.inspector", "demo-inspector-1");
            browser.waitForUrl("/search");
            browser.assertAccessible();
            browser.find(By.id("q")).sendKeys(word);
            browser.find(By.id("search-button")).click();
            assertThat(browser.find(By.id("purpose-error")).getText()).contains("State the purpose");
            browser.assertAccessible();
            browser.find(By.id("purpose")).sendKeys("INS-2026-0042");
            long deadline = System.currentTimeMillis() + 10_000;
            do {
                browser.driver.findElement(By.id("search-button")).click();
                browser.waitForUrl("purpose=INS-2026-0042");
            } while (!browser.find(By.id("result-count")).getText().equals("2 results")
                    && System.currentTimeMillis() < deadline);
            assertThat(browser.find(By.id("result-count")).getText()).isEqualTo("2 results");
            assertThat(browser.find(By.id("facet-tenant")).getText()).contains(provider.name());
            browser.assertAccessible();
            browser.find(By.cssSelector("#facet-kind a[href*='kind=DOCUMENT']")).click();
            browser.waitForUrl("kind=DOCUMENT");
            assertThat(browser.find(By.id("result-count")).getText()).isEqualTo("1 result");
            assertThat(browser.find(By.cssSelector(".rrhub-snippet mark")).getText()).isEqualToIgnoringCase(word);
            browser.assertAccessible();
            String href = browser.find(By.cssSelector("#results a")).getAttribute("href");
            var viaApi = Api.get(href.substring(href.indexOf("/search/items/")).replace("/search/", "/api/v1/search/"),
                    TestKeycloak.token("cqc.inspector", "demo-inspector-1"));
            assertThat(viaApi.status()).as(href + " " + viaApi).isEqualTo(200);
            browser.find(By.cssSelector("#results a")).click();
            browser.waitForUrl("/search/items/");
            assertThat(browser.find(By.tagName("h1")).getText()).as(browser.path())
                    .startsWith("Positive behaviour support");
            assertThat(browser.find(By.id("item-text")).getText()).contains("Every person has a PBS plan");
            browser.assertAccessible();
        }
        var log = Api.get("/api/v1/search/access-log", admin).array();
        assertThat(log.stream().map(e -> e.asJsonObject().getString("action") + " " + e.asJsonObject()
                .getString("purpose"))).contains("search INS-2026-0042", "open INS-2026-0042");
    }

    @Test
    void platformAdminCreatesAnOrganisationAndSeesFieldErrors() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/dashboard");
            browser.signInAtKeycloak(Fixtures.PLATFORM_ADMIN, Fixtures.PLATFORM_ADMIN_PASSWORD);
            browser.waitForUrl("/dashboard");
            browser.assertAccessible();

            browser.open("/platform/tenants/new");
            browser.driver.findElement(By.cssSelector("form[action='/platform/tenants'] button[type=submit]")).click();
            assertThat(browser.find(By.id("name-error")).getText()).contains("Enter the organisation's name");
            assertThat(browser.find(By.id("sector-error")).getText()).contains("Select the sector");
            browser.screenshot("tenant-form-errors");
            browser.assertAccessible();

            String name = "Browser Made Academy Trust " + System.nanoTime();
            browser.driver.findElement(By.id("name")).sendKeys(name);
            browser.driver.findElement(By.cssSelector("label[for='sector-ACADEMY_TRUST']")).click();
            browser.driver.findElement(By.id("adminFirstName")).sendKeys("Jo");
            browser.driver.findElement(By.id("adminLastName")).sendKeys("Bloggs");
            browser.driver.findElement(By.id("adminEmail")).sendKeys("jo." + System.nanoTime() + "@academy.example");
            browser.driver.findElement(By.cssSelector("form[action='/platform/tenants'] button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText()).contains("Organisation added");
            assertThat(browser.driver.findElement(By.cssSelector(".rrhub-secret")).getText()).hasSize(16);
            browser.assertAccessible();

            browser.open("/platform/tenants");
            assertThat(browser.find(By.cssSelector("table.govuk-table")).getText()).contains(name);
            browser.assertAccessible();

            // The same name again (in other case) comes back as a field error on the form.
            browser.open("/platform/tenants/new");
            browser.find(By.id("name")).sendKeys(name.toUpperCase());
            browser.driver.findElement(By.cssSelector("label[for='sector']")).click();
            browser.driver.findElement(By.id("adminFirstName")).sendKeys("Al");
            browser.driver.findElement(By.id("adminLastName")).sendKeys("Other");
            browser.driver.findElement(By.id("adminEmail")).sendKeys("al." + System.nanoTime() + "@academy.example");
            browser.driver.findElement(By.cssSelector("form[action='/platform/tenants'] button[type=submit]")).click();
            assertThat(browser.find(By.id("name-error")).getText()).contains("already exists");
            assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name.toUpperCase());
        }
    }

    @Test
    void aProviderUploadsAnExtractSeesEveryProblemThenItsChartAndTable() throws Exception {
        var tenant = Fixtures.newTenant("Browser Incident Trust", "INDEPENDENT_PROVIDER");
        Api.postCsv("/api/v1/incidents/imports?kind=bed_days", tenant.adminToken(), IncidentCsvSamples.bedDays());
        try (Browser browser = new Browser()) {
            browser.open("/incidents/import");
            browser.signInAtKeycloak(tenant.adminUsername(), tenant.adminPassword());
            browser.waitForUrl("/incidents/import");
            browser.assertAccessible();

            // A file with a bad row comes back with the problem listed by row and column; nothing is imported.
            java.nio.file.Path bad = java.nio.file.Files.createTempFile("extract-bad", ".csv");
            java.nio.file.Files.writeString(bad, IncidentCsvSamples.incidents(List.of(
                    new IncidentCsvSamples.Row("WEB-1").with(r -> r.type = "hold"))));
            browser.driver.findElement(By.cssSelector("label[for='kind-incidents']")).click();
            browser.driver.findElement(By.id("file")).sendKeys(bad.toString());
            browser.driver.findElement(By.id("upload")).click();
            assertThat(browser.find(By.id("file-error")).getText()).contains("1 problem").contains("Nothing was imported");
            assertThat(browser.find(By.id("problems")).getText()).contains("2").contains("type");
            browser.screenshot("incident-import-problems");
            browser.assertAccessible();

            java.nio.file.Path good = java.nio.file.Files.createTempFile("extract", ".csv");
            java.nio.file.Files.writeString(good, IncidentCsvSamples.sixInterventions("WEB"));
            browser.driver.findElement(By.cssSelector("label[for='kind-incidents']")).click();
            browser.driver.findElement(By.id("file")).sendKeys(good.toString());
            browser.driver.findElement(By.id("upload")).click();
            browser.waitForUrl("/incidents/imports/");
            for (int i = 0; i < 50 && browser.driver.findElements(By.id("import-done")).isEmpty(); i++) {
                Thread.sleep(200);
                browser.driver.findElement(By.id("check-progress")).click();
            }
            assertThat(browser.find(By.id("import-done")).getText()).contains("6 rows imported");
            browser.assertAccessible();

            browser.find(By.id("to-insight")).click();
            browser.find(By.id("from")).sendKeys("2026-09");
            browser.find(By.id("to")).sendKeys("2026-10");
            browser.find(By.id("apply-filter")).click();
            browser.waitForUrl("from=2026-09");
            assertThat(browser.find(By.id("headline")).getText()).contains("6").contains("3.00");
            assertThat(browser.driver.findElement(By.cssSelector("#rate-by-month-section svg[role='img']"))
                    .getAttribute("aria-labelledby")).isNotBlank();
            browser.driver.findElement(By.cssSelector("#rate-by-month-section summary")).click();
            assertThat(browser.find(By.id("rate-by-month-table")).getText()).contains("September 2026").contains("2.00")
                    .contains("October 2026").contains("4.00");
            assertThat(browser.find(By.id("demographics")).isDisplayed()).isTrue();
            browser.screenshot("incident-insight");
            browser.assertAccessible();
        }
    }
}

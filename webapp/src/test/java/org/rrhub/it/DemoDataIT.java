package org.rrhub.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo organisations reach every optional branch of the pages, so a walk through the product as each demo role
 * has something to see in each: read here through the API, as the demo users.
 */
@OnTheApplication
class DemoDataIT {

    private static final String ADMIN = TestKeycloak.token("northfield.admin", "demo-northfield-1");

    private static List<JsonObject> objects(jakarta.json.JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void theStrategysBoardApprovalRecordsHowPeopleWithLivedExperienceTookPart() {
        String viewer = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        JsonObject strategy = objects(Api.get("/api/v1/documents", viewer).array()).stream()
                .filter(d -> d.getJsonObject("details").getString("kind").equals("BOARD_STRATEGY")).findFirst()
                .orElseThrow();
        JsonObject approval = strategy.getJsonObject("approval");
        assertThat(approval.getBoolean("livedExperienceInvolved")).isTrue();
        assertThat(approval.getString("livedExperienceNote")).isNotBlank();
    }

    @Test
    void aPlanReturnedWithTheReviewersCommentsAndADroppedActionWithItsReason() {
        String willow = TestKeycloak.token("willow.admin", "demo-willow-1");
        JsonObject returned = Api.get("/api/v1/plans", willow).array().getJsonObject(0);
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("reviewComments")).contains("measurable");

        JsonObject published = Api.get("/api/v1/plans", ADMIN).array().getJsonObject(0);
        List<JsonObject> dropped = objects(Api.get("/api/v1/plans/" + published.getString("id") + "/actions", ADMIN)
                .array()).stream().filter(a -> a.getString("status").equals("DROPPED")).toList();
        assertThat(dropped).isNotEmpty();
        assertThat(dropped.get(0).getString("droppedReason")).isNotBlank();
    }

    @Test
    void theSelfAssessmentHasEveryStatusWithANotApplicableRationale() {
        int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
        JsonObject assessment = Api.get("/api/v1/assessments/nms-2019/" + year, ADMIN).object();
        List<JsonObject> answers = objects(assessment.getJsonArray("answers"));
        assertThat(answers.stream().map(a -> a.getString("status")))
                .contains("MET", "PARTIALLY_MET", "NOT_MET", "NOT_APPLICABLE");
        JsonObject notApplicable = answers.stream().filter(a -> a.getString("status").equals("NOT_APPLICABLE"))
                .findFirst().orElseThrow();
        assertThat(notApplicable.getString("notApplicableRationale")).contains("no agency staff");
    }

    @Test
    void theDemoIncidentInsightHasFiguresOnEveryWardWithItsGapsAndSmallGroupsHidden() {
        String viewer = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        JsonObject insight = Api.get("/api/v1/incidents/insight", viewer).object();
        JsonObject overall = insight.getJsonObject("overall");
        assertThat(overall.getInt("count")).as("a few hundred interventions in the default period").isBetween(150, 400);
        assertThat(overall.getJsonNumber("ratePer1000").doubleValue()).isPositive();
        assertThat(objects(insight.getJsonArray("byWard")).stream().map(w -> w.getString("label")))
                .containsExactlyInAnyOrder("Ash Ward", "Birch Ward", "Cedar Ward");
        assertThat(objects(insight.getJsonObject("quality").getJsonArray("flags")).stream()
                .map(f -> f.getString("kind") + " " + f.getString("ward", "")))
                .contains("DROP_TO_ZERO Cedar Ward", "BED_DAYS_MISSING Birch Ward");
        List<JsonObject> groups = objects(insight.getJsonArray("demographics")).stream()
                .flatMap(d -> objects(d.getJsonArray("groups")).stream()).toList();
        assertThat(groups).as("groups of 5 or more shown")
                .anyMatch(g -> g.containsKey("shown") && g.getInt("shown") >= 5);
        assertThat(groups).as("groups under 5 hidden")
                .anyMatch(g -> g.getString("suppression").equals("SMALL_NUMBER") && !g.containsKey("shown"));
        List<JsonObject> indicators = objects(insight.getJsonArray("indicators"));
        assertThat(indicators).as("debriefs and views with gaps").anyMatch(i -> i.getInt("met") < i.getInt("of"));

        String willow = TestKeycloak.token("willow.admin", "demo-willow-1");
        assertThat(Api.get("/api/v1/incidents/insight", willow).object().getJsonObject("overall").getInt("count"))
                .as("the children's home has a small extract").isPositive();
    }

    @Test
    void oneRefusedImportKeepsItsProblemsByRowAndColumnWithoutTheIdentifiers() {
        List<JsonObject> imports = objects(Api.get("/api/v1/incidents/imports", ADMIN).array());
        assertThat(imports).extracting(i -> i.getString("state")).containsOnly("STORED", "REFUSED");
        List<JsonObject> refused = imports.stream().filter(i -> i.getString("state").equals("REFUSED")).toList();
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).containsKey("problems")).as("the list leaves the problems out").isFalse();

        var one = Api.get("/api/v1/incidents/imports/" + refused.get(0).getString("id"), ADMIN);
        JsonObject nightly = one.object();
        assertThat(nightly.getString("fileName")).isEqualTo("northfield-nightly-extract.csv");
        assertThat(nightly.getInt("rowsTotal")).isEqualTo(3);
        assertThat(nightly.getInt("rowsDone")).isZero();
        assertThat(nightly.getInt("problemCount")).isEqualTo(6);
        assertThat(objects(nightly.getJsonArray("problems")).stream()
                .map(p -> p.getInt("row") + ":" + p.getString("column")))
                .containsExactly("1:nhs_number", "2:nhs_number", "3:nhs_number", "3:started_at", "4:nhs_number",
                        "4:type");
        assertThat(one.body()).doesNotContain("999 000", "27/11/2026");
    }

    @Test
    void reviewsAreSharedOneAnsweredAndRespondedToAndOneWaitingForTheProvider() {
        List<JsonObject> reviews = objects(Api.get("/api/v1/assessment-reviews", ADMIN).array());
        JsonObject responded = reviews.stream().filter(r -> r.getString("reviewer").equals("rrn.reviewer"))
                .findFirst().orElseThrow();
        assertThat(responded.getString("state")).isEqualTo("RESPONDED");
        JsonObject disagreement = objects(responded.getJsonArray("findings")).stream()
                .filter(f -> f.getString("verdict").equals("DISAGREE")).findFirst().orElseThrow();
        assertThat(disagreement.getString("answer")).contains("re-audit");
        assertThat(disagreement.getBoolean("needsAnswer")).isFalse();
        assertThat(objects(responded.getJsonArray("history")).stream().map(e -> e.getString("description")))
                .contains("Shared with the provider", "Provider responded");

        JsonObject waiting = reviews.stream().filter(r -> r.getString("reviewer").equals("willow.admin"))
                .findFirst().orElseThrow();
        assertThat(waiting.getString("state")).isEqualTo("SHARED");
        assertThat(objects(waiting.getJsonArray("findings")).stream().filter(f -> f.getBoolean("needsAnswer")))
                .as("a disagreement left for the provider to answer").hasSize(1);

        // The reviewers find both in their own lists, through the demo grants.
        String reviewer = TestKeycloak.token("rrn.reviewer", "demo-reviewer-1");
        assertThat(Api.get("/api/v1/reviews", reviewer).body()).contains("northfield").contains("willow-house");
        String peer = TestKeycloak.token("willow.admin", "demo-willow-1");
        assertThat(Api.get("/api/v1/reviews", peer).body()).contains("northfield");
    }
}

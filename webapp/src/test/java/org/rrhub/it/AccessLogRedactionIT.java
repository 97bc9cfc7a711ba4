package org.rrhub.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inspector's search covers every active provider; each provider reads that search in its access log with its
 * own name only, and the number of the others, while the chain of the full entries still verifies.
 */
@OnTheApplication
class AccessLogRedactionIT {

    @Test
    void aProviderReadsAnInspectorsSearchWithoutTheOtherOrganisationsNames() throws Exception {
        var first = Fixtures.newTenant("Redaction First Trust", "NHS_TRUST");
        var second = Fixtures.newTenant("Redaction Second Trust", "NHS_TRUST");
        String word = "redact" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (var provider : List.of(first, second)) {
            var answered = Api.put("/api/v1/assessments/nms-2019/2026/statements/1.1.I", provider.adminToken(),
                    "{\"answer\": {\"status\": \"MET\", \"narrative\": \"Board strategy " + word + "\"}}");
            assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        }
        String inspector = TestKeycloak.token("cqc.inspector", "demo-inspector-1");
        String purpose = "INS-" + word;
        String search = "/api/v1/search?q=" + word + "&purpose=" + URLEncoder.encode(purpose, StandardCharsets.UTF_8);
        long deadline = System.currentTimeMillis() + 10_000;
        long total = 0;
        while (total < 2 && System.currentTimeMillis() < deadline) {
            var searched = Api.get(search, inspector);
            assertThat(searched.status()).as(searched.toString()).isEqualTo(200);
            total = searched.object().getJsonNumber("total").longValue();
            if (total < 2) {
                Thread.sleep(200);
            }
        }
        assertThat(total).as("both providers' answers found").isEqualTo(2);

        java.util.Set<String> hashes = new java.util.HashSet<>();
        for (var reader : List.of(first, second)) {
            var other = reader == first ? second : first;
            var log = Api.get("/api/v1/search/access-log", reader.adminToken());
            assertThat(log.status()).as(log.toString()).isEqualTo(200);
            List<JsonObject> entries = log.array().stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("purpose").equals(purpose)).toList();
            assertThat(entries).isNotEmpty();
            for (JsonObject entry : entries) {
                assertThat(entry.getJsonArray("tenants").stream().map(t -> ((jakarta.json.JsonString) t).getString()))
                        .containsExactly(reader.id());
            }
            JsonObject both = entries.get(0);
            assertThat(both.getInt("otherOrganisations")).as("the newest search found the other provider too")
                    .isEqualTo(1);
            assertThat(log.body()).doesNotContain(other.id());
            hashes.add(both.getString("hash"));
        }
        // One stored entry, its hash over every organisation's name, whoever reads it.
        assertThat(hashes).hasSize(1);
    }
}

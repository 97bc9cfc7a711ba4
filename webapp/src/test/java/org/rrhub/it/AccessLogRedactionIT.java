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
        String inspector = TestKeycloak.token("cqc.inspector", "demo-inspector-1");
        String purpose = "INS-" + UUID.randomUUID().toString().substring(0, 8);
        var searched = Api.get("/api/v1/search?q=seclusion&purpose=" + URLEncoder.encode(purpose,
                StandardCharsets.UTF_8), inspector);
        assertThat(searched.status()).as(searched.toString()).isEqualTo(200);

        java.util.Set<String> hashes = new java.util.HashSet<>();
        for (var reader : List.of(first, second)) {
            var other = reader == first ? second : first;
            var log = Api.get("/api/v1/search/access-log", reader.adminToken());
            assertThat(log.status()).as(log.toString()).isEqualTo(200);
            JsonObject entry = log.array().stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("purpose").equals(purpose)).findFirst().orElseThrow();
            assertThat(entry.getJsonArray("tenants").stream().map(t -> ((jakarta.json.JsonString) t).getString()))
                    .containsExactly(reader.id());
            assertThat(entry.getInt("otherOrganisations")).as("the other new tenant and the demo ones, at least")
                    .isGreaterThanOrEqualTo(3);
            assertThat(log.body()).doesNotContain(other.id()).doesNotContain("northfield")
                    .doesNotContain("willow-house");
            hashes.add(entry.getString("hash"));
        }
        // One stored entry, its hash over every organisation's name, whoever reads it.
        assertThat(hashes).hasSize(1);
    }
}

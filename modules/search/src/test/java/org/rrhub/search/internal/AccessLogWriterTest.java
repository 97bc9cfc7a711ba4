package org.rrhub.search.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An append another node got in first is tried again on the new head; a store that keeps refusing is reported. */
class AccessLogWriterTest {

    private final List<String> appended = new ArrayList<>();

    private AccessLogWriter writerRefusing(int times) {
        AccessLogWriter writer = new AccessLogWriter();
        writer.store = new AccessLogStore() {
            private int refusals = times;

            @Override
            void append(String actor, String role, String purpose, String action, String query, List<String> tenants,
                        String item) {
                if (refusals-- > 0) {
                    throw new IllegalStateException("duplicate key: sequence_no");
                }
                appended.add(actor + " " + action);
            }
        };
        return writer;
    }

    @Test
    void aRefusedAppendIsTriedAgain() {
        writerRefusing(AccessLogWriter.ATTEMPTS - 1).append("cqc.inspector", "cqc-inspector", "INS-1", "search",
                "seclusion", List.of("northfield"), null);
        assertThat(appended).containsExactly("cqc.inspector search");
    }

    @Test
    void anAppendRefusedEveryTimeFailsTheSearchRatherThanGoingUnlogged() {
        assertThatThrownBy(() -> writerRefusing(AccessLogWriter.ATTEMPTS).append("cqc.inspector", "cqc-inspector",
                "INS-1", "search", "seclusion", List.of("northfield"), null)).hasMessageContaining("duplicate key");
        assertThat(appended).isEmpty();
    }
}

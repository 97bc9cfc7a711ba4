package org.rrhub.incidents.api;

import java.time.Instant;

/** An accepted extract and its progress: rowsDone of rowsTotal stored so far. */
public record ImportView(String id, ExtractKind kind, String fileName, ImportState state, long rowsTotal,
                         long rowsDone, int added, int updated, String failure, String startedBy, Instant startedAt,
                         Instant finishedAt) {

    public int percentDone() {
        return rowsTotal == 0 ? 100 : (int) (rowsDone * 100 / rowsTotal);
    }

    public boolean finished() {
        return state != ImportState.STORING;
    }
}

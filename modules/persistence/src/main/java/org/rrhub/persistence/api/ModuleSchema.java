package org.rrhub.persistence.api;

/**
 * A module's own database schema: its Flyway migrations live under {@code db/migration/<name>} and are recorded
 * in their own history table, so each module versions its tables independently of the others.
 */
public interface ModuleSchema {

    /** Short lower-case module name; also the folder of its migrations. */
    String name();

    /** Modules migrate in ascending order, so a module may refer to tables of modules with a lower order. */
    int order();

    default String location() {
        return "classpath:db/migration/" + name();
    }

    default String historyTable() {
        return "schema_history_" + name();
    }
}

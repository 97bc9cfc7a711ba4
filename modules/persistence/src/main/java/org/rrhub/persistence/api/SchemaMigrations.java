package org.rrhub.persistence.api;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Collection;
import java.util.Comparator;
import java.util.logging.Logger;

/** Runs every module's Flyway migrations in module order; the same code runs at start-up and in tests. */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static void migrate(DataSource dataSource, Collection<? extends ModuleSchema> schemas) {
        schemas.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::name))
                .forEach(schema -> {
                    var result = Flyway.configure(ModuleSchema.class.getClassLoader())
                            .dataSource(dataSource)
                            .locations(schema.location())
                            .table(schema.historyTable())
                            .baselineOnMigrate(true)
                            .baselineVersion("0")
                            .load()
                            .migrate();
                    LOG.info(() -> "Schema " + schema.name() + ": " + result.migrationsExecuted
                            + " migration(s) applied, now at version " + result.targetSchemaVersion);
                });
    }
}

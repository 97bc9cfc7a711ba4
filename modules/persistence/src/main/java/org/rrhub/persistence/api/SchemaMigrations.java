package org.rrhub.persistence.api;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

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
                .forEach(schema -> run(schema, configuration(dataSource, schema)));
    }

    /**
     * One module's migrations up to and including {@code version} only: for tests of a later migration on a schema
     * that already holds data, as an existing installation's does.
     */
    public static void migrateTo(DataSource dataSource, ModuleSchema schema, String version) {
        run(schema, configuration(dataSource, schema).target(version));
    }

    private static FluentConfiguration configuration(DataSource dataSource, ModuleSchema schema) {
        return Flyway.configure(ModuleSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(schema.location())
                .table(schema.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    private static void run(ModuleSchema schema, FluentConfiguration configuration) {
        var result = configuration.load().migrate();
        LOG.info(() -> "Schema " + schema.name() + ": " + result.migrationsExecuted
                + " migration(s) applied, now at version " + result.targetSchemaVersion);
    }
}

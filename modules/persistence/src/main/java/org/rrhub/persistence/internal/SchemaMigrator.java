package org.rrhub.persistence.internal;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.core.api.ApplicationReady;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.rrhub.persistence.api.ModuleSchema;
import org.rrhub.persistence.api.SchemaMigrations;

import javax.sql.DataSource;

/** Brings the database up to date before anything else in the application starts. */
@ApplicationScoped
class SchemaMigrator {

    @Resource(lookup = "java:app/jdbc/rrhub")
    DataSource dataSource;

    @Inject
    Instance<ModuleSchema> schemas;

    void migrateOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ApplicationReady event) {
        SchemaMigrations.migrate(dataSource, schemas.stream().toList());
    }

}

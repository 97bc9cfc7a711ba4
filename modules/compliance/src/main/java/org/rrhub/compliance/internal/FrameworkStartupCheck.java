package org.rrhub.compliance.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.core.api.ApplicationReady;

import java.util.logging.Logger;

/** Loads and validates the frameworks at start, so a malformed file stops the application before anyone uses it. */
@ApplicationScoped
class FrameworkStartupCheck {

    private static final Logger LOG = Logger.getLogger(FrameworkStartupCheck.class.getName());

    @Inject
    Frameworks frameworks;

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ApplicationReady event) {
        frameworks.all().forEach(f -> LOG.info(() -> "Compliance framework " + f.id() + " (" + f.edition() + "): "
                + f.statements().size() + " statements"));
    }
}

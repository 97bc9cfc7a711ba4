package org.rrhub.app;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.core.api.ApplicationReady;

/**
 * Starts the application's own start-up work once the container has bound its resources; CDI's
 * {@code @Initialized(ApplicationScoped.class)} comes too early in Payara for the application's data source.
 */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    Event<ApplicationReady> ready;

    @Inject
    @ConfigProperty(name = "rrhub.public-url")
    String publicUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Behind https (usually a TLS-terminating proxy) the session cookie must never travel in clear text.
        if (publicUrl.startsWith("https://")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
        ready.fire(new ApplicationReady());
    }
}

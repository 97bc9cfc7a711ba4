package org.rrhub.it;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test of the deployed application: the real WAR on Payara Micro against a real Keycloak, the
 * servers shared by every such class of the database pass ({@link ApplicationServers}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ApplicationServers.class)
public @interface OnTheApplication {
}

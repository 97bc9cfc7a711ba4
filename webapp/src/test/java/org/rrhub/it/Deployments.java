package org.rrhub.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The deployment under test is the real, packaged WAR; nothing is assembled by hand. */
final class Deployments {

    private Deployments() {
    }

    /** Named ROOT.war so Payara Micro serves it at "/", as in production. */
    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("rrhub.war")))
                .as(WebArchive.class);
    }
}

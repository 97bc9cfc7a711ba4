package org.rrhub.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules, checked on the compiled classes of every module: modules see each other only through their
 * api packages, dependencies point one way, and every resource states who may call it.
 */
class ModuleRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rrhub");
    }

    @Test
    void modulesSeeEachOtherOnlyThroughTheirApiPackages() {
        for (String module : new String[]{"persistence", "audit", "tenants", "pledge", "documents", "compliance", "search", "keycloak", "web"}) {
            ArchRule rule = noClasses().that().resideOutsideOfPackage("org.rrhub." + module + "..")
                    .and().resideOutsideOfPackage("org.rrhub.app..")
                    .should().dependOnClassesThat().resideInAPackage("org.rrhub." + module + ".internal..")
                    .because("the internals of the " + module + " module are its own");
            rule.check(classes);
        }
    }

    @Test
    void theCoreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.rrhub.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.rrhub.persistence..", "org.rrhub.audit..", "org.rrhub.tenants..", "org.rrhub.pledge..",
                        "org.rrhub.documents..", "org.rrhub.compliance..", "org.rrhub.search..", "org.rrhub.keycloak..",
                        "org.rrhub.web..",
                        "org.rrhub.launcher..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheWebLayerOrTheLauncher() {
        noClasses().that().resideOutsideOfPackages("org.rrhub.web..", "org.rrhub.app..")
                .should().dependOnClassesThat().resideInAPackage("org.rrhub.web..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.rrhub.launcher..")
                .should().dependOnClassesThat().resideInAPackage("org.rrhub.launcher..")
                .check(classes);
    }

    @Test
    void domainModulesDoNotKnowKeycloak() {
        noClasses().that().resideInAnyPackage("org.rrhub.tenants..", "org.rrhub.audit..", "org.rrhub.persistence..",
                        "org.rrhub.pledge..", "org.rrhub.documents..", "org.rrhub.compliance..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rrhub.keycloak..", "com.nimbusds..")
                .check(classes);
    }

    @Test
    void fileFormatsAreTheDocumentsModulesBusiness() {
        noClasses().that().resideOutsideOfPackage("org.rrhub.documents..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..", "org.apache.poi..",
                        "org.apache.pdfbox..")
                .because("uploaded files are detected and read in one place")
                .check(classes);
    }

    @Test
    void luceneStaysInsideTheSearchModule() {
        noClasses().that().resideOutsideOfPackage("org.rrhub.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("isolation is enforced in one place: no reader, searcher or query leaves the search module")
                .check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("org.rrhub.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyResourceSaysWhoMayCallItOrNeedsASignedInCaller() {
        // A resource without @RolesAllowed/@PermitAll still needs a signed-in caller (AccessPolicyFilter);
        // pages and the API are expected to say so explicitly unless any signed-in role may use them.
        classes().that().areAnnotatedWith(Path.class).and().resideInAPackage("org.rrhub.web.pages..")
                .and().haveSimpleNameNotEndingWith("DashboardPage")
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(classes);
    }

    @Test
    void noStaticThreadLocalsHoldTheTenant() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(ThreadLocal.class.getName())
                .because("the tenant lives in the request-scoped TenantContext and is passed explicitly beyond it")
                .check(classes);
    }
}

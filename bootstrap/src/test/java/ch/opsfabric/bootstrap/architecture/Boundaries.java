package ch.opsfabric.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of SPEC §2 as rules over a root package, so the same rules that guard the
 * product can be shown to fail on deliberately broken code under another root.
 */
final class Boundaries {

    private Boundaries() {
    }

    /** Domain at the centre, use cases around it, every adapter module outside and blind to the others. */
    static ArchRule onion(String root) {
        return onionArchitecture()
                .domainModels(root + ".domain..")
                .applicationServices(root + ".application..")
                .adapter("http", root + ".adapters.http..")
                .adapter("persistence", root + ".adapters.persistence..")
                .adapter("sms", root + ".adapters.sms..")
                .adapter("email", root + ".adapters.email..")
                .adapter("bootstrap", root + ".bootstrap..")
                .withOptionalLayers(true);
    }

    /** The domain jar stays embeddable: only itself, the JDK and its plain libraries. */
    static ArchRule domainIsFrameworkFree(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..",
                        "com.google.i18n.phonenumbers..", "de.focus_shift.jollyday..")
                .as("the domain depends only on itself, the JDK, libphonenumber and jollyday");
    }

    /** Use cases reach the outside world only through their ports, never through a framework. */
    static ArchRule applicationIsFrameworkFree(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".application..", root + ".domain..",
                        "java..")
                .as("the application depends only on itself, the domain and the JDK");
    }

    /** The shared test helpers (module {@code test-support}) are for tests: no product class may use them. */
    static ArchRule productIgnoresTestSupport(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".testsupport..")
                .should().dependOnClassesThat().resideInAPackage(root + ".testsupport..")
                .as("no product class depends on the test support");
    }

    /** The test support serves every module's tests, so it may know none of them. */
    static ArchRule testSupportKnowsNoProductModule(String root) {
        return noClasses().that().resideInAPackage(root + ".testsupport..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".domain..", root + ".application..",
                        root + ".adapters..", root + ".bootstrap..")
                .as("the test support depends on no product module");
    }
}

package ch.opsfabric.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;

/**
 * The architecture of docs/architecture.md as rules over a root package, so the same rules that guard the
 * product can be shown to fail on deliberately broken code under another root.
 */
final class Boundaries {

    private Boundaries() {
    }

    /** The layers every class belongs to: one package tree per Maven module. */
    private static final String[] LAYERS = {".domain..", ".application..", ".adapters.http..",
            ".adapters.persistence..", ".adapters.sms..", ".adapters.email..", ".bootstrap..", ".testsupport.."};

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

    /** No two packages under the root depend on each other, directly or around a longer loop. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .as("the packages under " + root + " are free of cycles");
    }

    /**
     * Adapters drive and serve the application through its ports alone ({@code application.port..}:
     * use cases, outbound ports, the values they carry and the failures they declare), never through
     * a service or a feature package. {@code bootstrap} wires the services and is exempt.
     */
    static ArchRule adaptersSeeOnlyPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat(resideInAPackage(root + ".application..")
                        .and(resideOutsideOfPackage(root + ".application.port..")))
                .as("adapters depend on the application only through application.port..");
    }

    /** A class in {@code port.in} or {@code port.out} named {@code *Port} or {@code *UseCase} is an interface. */
    static ArchRule portsAreInterfaces(String root) {
        return classes().that(resideInAnyPackage(root + ".application.port.in..", root + ".application.port.out..")
                        .and(simpleNameEndingWith("Port").or(simpleNameEndingWith("UseCase"))))
                .should().beInterfaces()
                .as("classes named *Port or *UseCase in application.port.in and .port.out are interfaces");
    }

    /**
     * Besides the port interfaces, {@code application.port..} holds only what they carry: every class
     * there that is not anonymous (enum constant bodies, switch tables) is an interface, a record, an
     * enum, a {@link Throwable}, or a holder of constants (final, only private constructors, no
     * instance fields). A service or a mutable bean there would let adapters reach behaviour.
     */
    static ArchRule portsCarryOnlyValues(String root) {
        return classes().that().resideInAPackage(root + ".application.port..").and().areNotAnonymousClasses()
                .should(beAValue())
                .as("application.port.. holds only interfaces, records, enums, exceptions and constant holders");
    }

    /** Every class under the root lies in a declared layer, so none escapes the rules above unseen. */
    static ArchRule everyClassInALayer(String root) {
        var layers = Arrays.stream(LAYERS).map(layer -> root + layer).toArray(String[]::new);
        // The application's root package is no layer of its own: ports, services and helpers live below it.
        return classes().that().resideInAPackage(root + "..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(layers).andShould().resideOutsideOfPackage(root + ".application")
                .as("every class under " + root + " belongs to a declared layer");
    }

    private static ArchCondition<JavaClass> beAValue() {
        return new ArchCondition<>("be an interface, record, enum, exception or constant holder") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var value = type.isInterface() || type.isRecord() || type.isEnum() || type.isAssignableTo(Throwable.class)
                        || CONSTANT_HOLDER.test(type);
                events.add(new SimpleConditionEvent(type, value, type.getName()
                        + (value ? " is" : " is not") + " an interface, record, enum, exception or constant holder"));
            }
        };
    }

    private static final DescribedPredicate<JavaClass> CONSTANT_HOLDER = DescribedPredicate.describe("constant holder",
            type -> type.getModifiers().contains(JavaModifier.FINAL)
                    && type.getFields().stream().map(JavaField::getModifiers).allMatch(m -> m.contains(JavaModifier.STATIC))
                    && type.getConstructors().stream().map(JavaConstructor::getModifiers)
                            .allMatch(m -> m.contains(JavaModifier.PRIVATE)));
}

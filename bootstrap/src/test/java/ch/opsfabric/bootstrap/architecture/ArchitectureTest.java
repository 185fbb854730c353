package ch.opsfabric.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture of docs/architecture.md enforced on the product's classes: the Maven modules are the first fence,
 * these rules the second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private static final String PRODUCT = "ch.opsfabric";

    private JavaClasses product;

    @BeforeAll
    void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PRODUCT);
    }

    @Test
    void every_module_is_present_in_the_analysed_classes() {
        for (var module : new String[] {"domain", "application", "adapters.http", "adapters.persistence",
                "adapters.sms", "adapters.email", "bootstrap", "testsupport"}) {
            assertThat(product.containPackage(PRODUCT + "." + module)).as(module).isTrue();
        }
    }

    @Test
    void the_layers_form_an_onion_and_no_adapter_imports_another() {
        Boundaries.onion(PRODUCT).check(product);
    }

    @Test
    void the_domain_depends_only_on_itself_the_jdk_and_its_plain_libraries() {
        Boundaries.domainIsFrameworkFree(PRODUCT).check(product);
    }

    @Test
    void the_application_depends_only_on_the_domain_and_the_jdk() {
        Boundaries.applicationIsFrameworkFree(PRODUCT).check(product);
    }

    @Test
    void no_product_class_uses_the_test_support() {
        Boundaries.productIgnoresTestSupport(PRODUCT).check(product);
    }

    @Test
    void the_test_support_knows_no_product_module() {
        Boundaries.testSupportKnowsNoProductModule(PRODUCT).check(product);
    }

    @Test
    void no_two_packages_depend_on_each_other() {
        Boundaries.noCycles(PRODUCT).check(product);
    }

    @Test
    void adapters_reach_the_application_only_through_its_ports() {
        Boundaries.adaptersSeeOnlyPorts(PRODUCT).check(product);
    }

    @Test
    void ports_and_use_cases_are_interfaces() {
        Boundaries.portsAreInterfaces(PRODUCT).check(product);
    }

    @Test
    void the_port_packages_hold_only_values_beside_the_interfaces() {
        Boundaries.portsCarryOnlyValues(PRODUCT).check(product);
    }

    @Test
    void every_class_belongs_to_a_declared_layer() {
        Boundaries.everyClassInALayer(PRODUCT).check(product);
    }
}

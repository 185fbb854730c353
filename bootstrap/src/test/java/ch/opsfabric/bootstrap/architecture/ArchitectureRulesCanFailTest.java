package ch.opsfabric.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.bootstrap.architecture.violation.adapters.http.ControllerReadingRows;
import ch.opsfabric.bootstrap.architecture.violation.adapters.persistence.LeakedRow;
import ch.opsfabric.bootstrap.architecture.violation.adapters.sms.SenderOnAStoppedClock;
import ch.opsfabric.bootstrap.architecture.violation.application.ServiceCallingController;
import ch.opsfabric.bootstrap.architecture.violation.domain.ModelWithFrameworkAnnotation;
import ch.opsfabric.bootstrap.architecture.violation.domain.ModelKnowingItsTable;
import ch.opsfabric.bootstrap.architecture.violation.testsupport.FixtureBuildingAModel;
import ch.opsfabric.bootstrap.architecture.violation.testsupport.StoppedClock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Each boundary rule, pointed at a small package of deliberately broken classes, reports the
 * break: a rule that cannot fail would guard nothing.
 */
class ArchitectureRulesCanFailTest {

    private static final String BROKEN = "ch.opsfabric.bootstrap.architecture.violation";

    @Test
    void the_onion_rule_catches_a_domain_class_that_knows_a_persistence_row() {
        assertViolated(Boundaries.onion(BROKEN), ModelKnowingItsTable.class, LeakedRow.class);
    }

    @Test
    void the_onion_rule_catches_a_use_case_that_calls_a_controller() {
        assertViolated(Boundaries.onion(BROKEN), ServiceCallingController.class, ControllerReadingRows.class);
    }

    @Test
    void the_onion_rule_catches_an_adapter_that_imports_another_adapter() {
        assertViolated(Boundaries.onion(BROKEN), ControllerReadingRows.class, LeakedRow.class);
    }

    @Test
    void the_domain_rule_catches_a_framework_annotation_in_the_domain() {
        assertViolated(Boundaries.domainIsFrameworkFree(BROKEN), ModelWithFrameworkAnnotation.class);
    }

    @Test
    void the_application_rule_catches_a_use_case_that_uses_a_framework() {
        assertViolated(Boundaries.applicationIsFrameworkFree(BROKEN), ServiceCallingController.class);
    }

    @Test
    void the_test_support_rule_catches_production_code_using_a_test_helper() {
        assertViolated(Boundaries.productIgnoresTestSupport(BROKEN), SenderOnAStoppedClock.class, StoppedClock.class);
    }

    @Test
    void the_test_support_rule_catches_a_test_helper_that_knows_a_product_module() {
        assertViolated(Boundaries.testSupportKnowsNoProductModule(BROKEN), FixtureBuildingAModel.class);
    }

    private static void assertViolated(ArchRule rule, Class<?>... broken) {
        var classes = new ClassFileImporter().importClasses(broken);
        assertThat(rule.evaluate(classes).hasViolation()).as(rule.getDescription()).isTrue();
    }
}

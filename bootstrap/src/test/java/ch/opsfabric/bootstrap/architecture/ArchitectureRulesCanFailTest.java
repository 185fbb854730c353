package ch.opsfabric.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.bootstrap.architecture.violation.adapters.http.ControllerCallingService;
import ch.opsfabric.bootstrap.architecture.violation.adapters.http.ControllerReadingRows;
import ch.opsfabric.bootstrap.architecture.violation.adapters.persistence.LeakedRow;
import ch.opsfabric.bootstrap.architecture.violation.adapters.sms.SenderOnAStoppedClock;
import ch.opsfabric.bootstrap.architecture.violation.application.LeftAtTheRoot;
import ch.opsfabric.bootstrap.architecture.violation.application.ServiceCallingController;
import ch.opsfabric.bootstrap.architecture.violation.application.ServiceWithFrameworkAnnotation;
import ch.opsfabric.bootstrap.architecture.violation.application.estimate.Estimate;
import ch.opsfabric.bootstrap.architecture.violation.application.estimate.EstimateService;
import ch.opsfabric.bootstrap.architecture.violation.application.port.in.EstimateUseCase;
import ch.opsfabric.bootstrap.architecture.violation.application.port.in.MutableCommand;
import ch.opsfabric.bootstrap.architecture.violation.application.port.out.LoadRowsPort;
import ch.opsfabric.bootstrap.architecture.violation.domain.ModelWithFrameworkAnnotation;
import ch.opsfabric.bootstrap.architecture.violation.domain.ModelKnowingItsTable;
import ch.opsfabric.bootstrap.architecture.violation.testsupport.FixtureBuildingAModel;
import ch.opsfabric.bootstrap.architecture.violation.testsupport.StoppedClock;
import ch.opsfabric.bootstrap.architecture.violation.util.Stray;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each boundary rule, pointed at a small package of deliberately broken classes, reports the
 * break: a rule that cannot fail would guard nothing. Each test names the broken class and what it
 * reaches for, so a rule failing for another reason (another violation among the same classes)
 * does not pass for this one.
 */
class ArchitectureRulesCanFailTest {

    private static final String BROKEN = "ch.opsfabric.bootstrap.architecture.violation";

    @Test
    void the_onion_rule_catches_a_domain_class_that_knows_a_persistence_row() {
        assertViolated(Boundaries.onion(BROKEN), List.of(ModelKnowingItsTable.class, LeakedRow.class),
                ModelKnowingItsTable.class.getName(), LeakedRow.class.getName());
    }

    @Test
    void the_onion_rule_catches_a_use_case_that_calls_a_controller() {
        assertViolated(Boundaries.onion(BROKEN), List.of(ServiceCallingController.class, ControllerReadingRows.class),
                ServiceCallingController.class.getName(), ControllerReadingRows.class.getName());
    }

    @Test
    void the_onion_rule_catches_an_adapter_that_imports_another_adapter() {
        assertViolated(Boundaries.onion(BROKEN), List.of(ControllerReadingRows.class, LeakedRow.class),
                ControllerReadingRows.class.getName(), LeakedRow.class.getName());
    }

    @Test
    void the_domain_rule_catches_a_framework_annotation_in_the_domain() {
        assertViolated(Boundaries.domainIsFrameworkFree(BROKEN), List.of(ModelWithFrameworkAnnotation.class),
                ModelWithFrameworkAnnotation.class.getName(), "io.micronaut.core.annotation.Introspected");
    }

    @Test
    void the_application_rule_catches_a_use_case_that_uses_a_framework() {
        assertViolated(Boundaries.applicationIsFrameworkFree(BROKEN), List.of(ServiceWithFrameworkAnnotation.class),
                ServiceWithFrameworkAnnotation.class.getName(), "jakarta.inject.Singleton");
    }

    @Test
    void the_test_support_rule_catches_production_code_using_a_test_helper() {
        assertViolated(Boundaries.productIgnoresTestSupport(BROKEN),
                List.of(SenderOnAStoppedClock.class, StoppedClock.class),
                SenderOnAStoppedClock.class.getName(), StoppedClock.class.getName());
    }

    @Test
    void the_test_support_rule_catches_a_test_helper_that_knows_a_product_module() {
        assertViolated(Boundaries.testSupportKnowsNoProductModule(BROKEN), List.of(FixtureBuildingAModel.class),
                FixtureBuildingAModel.class.getName());
    }

    @Test
    void the_cycle_rule_catches_a_use_case_whose_result_lives_beside_its_service() {
        assertViolated(Boundaries.noCycles(BROKEN),
                List.of(EstimateUseCase.class, Estimate.class, EstimateService.class),
                "Cycle detected", "application.port.in", "application.estimate");
    }

    @Test
    void the_port_rule_catches_an_adapter_that_calls_a_service() {
        assertViolated(Boundaries.adaptersSeeOnlyPorts(BROKEN), List.of(ControllerCallingService.class),
                ControllerCallingService.class.getName(), EstimateService.class.getName());
    }

    @Test
    void the_interface_rule_catches_a_port_that_is_a_class() {
        assertViolated(Boundaries.portsAreInterfaces(BROKEN), List.of(LoadRowsPort.class),
                LoadRowsPort.class.getName(), "is no interface");
    }

    @Test
    void the_value_rule_catches_a_mutable_command_among_the_ports() {
        assertViolated(Boundaries.portsCarryOnlyValues(BROKEN), List.of(MutableCommand.class),
                MutableCommand.class.getName() + " is not an interface, record, enum, exception or constant holder");
    }

    @Test
    void the_layer_rule_catches_a_class_outside_every_layer() {
        assertViolated(Boundaries.everyClassInALayer(BROKEN), List.of(Stray.class),
                Stray.class.getName(), "does not reside in any package");
    }

    @Test
    void the_layer_rule_catches_a_class_left_in_the_applications_root_package() {
        assertViolated(Boundaries.everyClassInALayer(BROKEN), List.of(LeftAtTheRoot.class),
                LeftAtTheRoot.class.getName(), "does not reside outside of package");
    }

    /** Some single reported violation names every one of {@code expected}. */
    private static void assertViolated(ArchRule rule, List<Class<?>> broken, String... expected) {
        var classes = new ClassFileImporter().importClasses(broken);
        var details = rule.evaluate(classes).getFailureReport().getDetails();
        assertThat(details).as(rule.getDescription())
                .anySatisfy(detail -> assertThat(detail).contains(expected));
    }
}

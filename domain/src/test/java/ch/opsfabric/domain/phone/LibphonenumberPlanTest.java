package ch.opsfabric.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a plan remembers changes how fast it answers, never what it answers. */
class LibphonenumberPlanTest {

    private static final List<PhoneNumber> NUMBERS = List.of(new PhoneNumber("+41791234567"),
            new PhoneNumber("+41446681800"), new PhoneNumber("+4915123456789"));

    @Test
    void a_plan_that_remembers_nothing_answers_like_one_that_remembers() {
        var remembering = new LibphonenumberPlan();
        var forgetting = new LibphonenumberPlan(0);

        for (var number : NUMBERS) {
            assertThat(forgetting.canReceiveSms(number)).isEqualTo(remembering.canReceiveSms(number));
            assertThat(forgetting.forDisplay(number)).isEqualTo(remembering.forDisplay(number));
        }
    }

    @Test
    void a_full_memory_starts_afresh_and_still_answers_every_number() {
        var small = new LibphonenumberPlan(1);

        for (int round = 0; round < 2; round++) {
            assertThat(NUMBERS).extracting(small::forDisplay)
                    .containsExactly("079 123 45 67", "044 668 18 00", "+49 1512 3456789");
            assertThat(NUMBERS).extracting(small::canReceiveSms).containsExactly(true, false, true);
        }
    }

    @Test
    void two_plans_share_nothing() {
        var first = new LibphonenumberPlan();
        first.forDisplay(NUMBERS.getFirst());

        assertThat(new LibphonenumberPlan(0).forDisplay(NUMBERS.getFirst())).isEqualTo("079 123 45 67");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"079 123 45 67", "+41 (0)44 668 18 00", "+49 151 23456789", "079 123 45 67 ext. 12"})
    void a_number_just_parsed_is_told_of_as_if_it_were_parsed_afresh(String spelling) {
        var justParsed = PhoneNumber.parse(spelling).orElseThrow();
        var plan = new LibphonenumberPlan();
        var display = plan.forDisplay(justParsed);
        var mobile = plan.canReceiveSms(justParsed);

        var afresh = new LibphonenumberPlan(0);
        assertThat(display).isEqualTo(afresh.forDisplay(justParsed));
        assertThat(mobile).isEqualTo(afresh.canReceiveSms(justParsed));
    }

    @Test
    void a_negative_capacity_is_refused() {
        assertThatThrownBy(() -> new LibphonenumberPlan(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

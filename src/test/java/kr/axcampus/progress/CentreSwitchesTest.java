package kr.axcampus.progress;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same switches turned on for the whole centre ({@code axcampus.completion.*}), applied to
 * a shipped course that sets neither: the boundaries hold exactly as when a course turns them on.
 */
@QuarkusTest
@TestProfile(CentreSwitchesTest.BothSwitchesOn.class)
class CentreSwitchesTest {
    private static final String SHIPPED = "PX-DATA-REPORTING";

    public static class BothSwitchesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "axcampus.completion.three-lates-one-absence", "true",
                    "axcampus.completion.daily-half-rule", "true");
        }
    }

    @Inject
    SwitchScenarios scenarios;

    @Test
    void threeLatesCostASessionAndTwoCostNothing() {
        SwitchScenarios.Lates lates = scenarios.lates(SHIPPED);
        assertEquals(180, scenarios.progress(lates.cohort(), lates.twoLates()).get("creditedMinutes"));
        Map<String, Object> three = scenarios.progress(lates.cohort(), lates.threeLates());
        assertEquals(120, three.get("creditedMinutes"));
        assertEquals(60, ((Map<?, ?>) three.get("practicum")).get("latePenaltyMinutes"));
    }

    @Test
    void aDayCountsFromHalfItsHours() {
        SwitchScenarios.Days days = scenarios.days(SHIPPED);
        assertFalse(SwitchScenarios.reasonCodes(scenarios.progress(days.cohort(), days.halfDay()))
                .contains("ATTENDANCE_LOW"));
        assertTrue(SwitchScenarios.reasonCodes(scenarios.progress(days.cohort(), days.shortOfHalf()))
                .contains("ATTENDANCE_LOW"));
    }
}

package kr.axcampus.progress;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.axcampus.catalog.CompletionPolicy;
import kr.axcampus.progress.dto.Progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funding-agency switches, applied to ledger sums (the sums themselves come from the
 * database and are tested through the API in ProgressTest).
 */
class CompletionRulesTest {
    private static final Instant NOW = Instant.parse("2026-06-30T09:00:00Z");

    private static CompletionSettings centre(boolean threeLates, boolean dailyHalf) {
        return new CompletionSettings() {
            public int requiredPracticumMinutes() {
                return 1080;
            }

            public int practiceLogCapMinutes() {
                return 360;
            }

            public double attendanceRate() {
                return 0.8;
            }

            public boolean threeLatesOneAbsence() {
                return threeLates;
            }

            public boolean dailyHalfRule() {
                return dailyHalf;
            }

            public int dailyHalfRuleMinMinutes() {
                return 1800;
            }
        };
    }

    private static CompletionPolicy general(Boolean threeLates, Boolean dailyHalf) {
        return new CompletionPolicy(0.8, 0, 360, false, false, threeLates, dailyHalf);
    }

    /** An ended insight cohort: 10 sessions of 60 min, credited {@code credited}, {@code lates} lates. */
    private static LedgerRow ended(int credited, int lates, int scheduled, int days, int goodDays) {
        return new LedgerRow(
                "u",
                "학습자",
                null,
                "ENROLLED",
                credited,
                credited,
                0,
                0,
                0,
                lates,
                60,
                goodDays,
                0,
                0,
                0,
                scheduled,
                scheduled,
                0,
                0,
                NOW.minusSeconds(3600),
                days,
                0,
                false);
    }

    @Test
    void threeLatesCountAsOneAbsenceOnlyWhenSwitchedOn() {
        LedgerRow row = ended(500, 3, 600, 10, 10);
        Progress off = new CompletionRules(general(null, null), centre(false, false), NOW).progressOf(row);
        assertEquals(CompletionStatus.COMPLETED, off.completion().status(), "500 of 600 is 83 %");
        Progress byCentre = new CompletionRules(general(null, null), centre(true, false), NOW).progressOf(row);
        assertEquals(440, byCentre.creditedMinutes(), "three lates cost one 60-minute session");
        assertEquals(CompletionStatus.NOT_COMPLETED, byCentre.completion().status());
        assertEquals(
                ReasonCode.ATTENDANCE_LOW,
                byCentre.completion().reasons().get(0).code());
        Progress byCourse = new CompletionRules(general(true, null), centre(false, false), NOW).progressOf(row);
        assertEquals(60, byCourse.practicum().latePenaltyMinutes(), "the course switches it on for itself");
        Progress courseOff = new CompletionRules(general(false, null), centre(true, false), NOW).progressOf(row);
        assertEquals(0, courseOff.practicum().latePenaltyMinutes(), "and may switch the centre's rule off");
        Progress twoLates = new CompletionRules(general(true, null), centre(false, false), NOW)
                .progressOf(ended(500, 2, 600, 10, 10));
        assertEquals(0, twoLates.practicum().latePenaltyMinutes());
    }

    @Test
    void theDailyHalfRuleCountsDaysForCoursesOfThirtyHoursOrMore() {
        // 40 h over 10 days; 85 % of the minutes but only 7 days with half their hours attended
        LedgerRow row = ended(2040, 0, 2400, 10, 7);
        Progress minutes = new CompletionRules(general(null, null), centre(false, false), NOW).progressOf(row);
        assertEquals(CompletionStatus.COMPLETED, minutes.completion().status());
        Progress days = new CompletionRules(general(null, true), centre(false, false), NOW).progressOf(row);
        assertEquals(CompletionStatus.NOT_COMPLETED, days.completion().status());
        assertEquals(
                "attended days 7 of 8 needed (10 days)",
                days.completion().reasons().get(0).message());
        Progress eightDays = new CompletionRules(general(null, true), centre(false, false), NOW)
                .progressOf(ended(2040, 0, 2400, 10, 8));
        assertEquals(CompletionStatus.COMPLETED, eightDays.completion().status());
        Progress shortCourse = new CompletionRules(general(null, true), centre(false, false), NOW)
                .progressOf(ended(1530, 0, 1740, 10, 5));
        assertEquals(CompletionStatus.COMPLETED, shortCourse.completion().status(), "under 30 h the minutes decide");
    }

    @Test
    void aRequiredDeliverableMustBeAcceptedBeforeTheCourseIsCompleted() {
        CompletionPolicy policy = new CompletionPolicy(0.8, 1080, 360, true, false, null, null);
        LedgerRow missing = new LedgerRow(
                "u",
                "학습자",
                null,
                "ENROLLED",
                1080,
                1080,
                0,
                1080,
                0,
                0,
                0,
                6,
                0,
                0,
                0,
                1080,
                1080,
                0,
                0,
                NOW.minusSeconds(3600),
                6,
                0,
                false);
        Progress without = new CompletionRules(policy, centre(false, false), NOW).progressOf(missing);
        assertEquals(CompletionStatus.NOT_COMPLETED, without.completion().status());
        assertEquals(
                List.of(ReasonCode.DELIVERABLE_MISSING),
                without.completion().reasons().stream()
                        .map(Progress.Reason::code)
                        .toList());
        LedgerRow accepted = new LedgerRow(
                "u",
                "학습자",
                null,
                "ENROLLED",
                1080,
                1080,
                0,
                1080,
                0,
                0,
                0,
                6,
                0,
                0,
                0,
                1080,
                1080,
                0,
                0,
                NOW.minusSeconds(3600),
                6,
                0,
                true);
        assertEquals(
                CompletionStatus.COMPLETED,
                new CompletionRules(policy, centre(false, false), NOW)
                        .progressOf(accepted)
                        .completion()
                        .status());
    }

    @Test
    void aWithdrawnLearnerIsNotCompletedAndNeverAtRisk() {
        LedgerRow row = new LedgerRow(
                "u",
                "학습자",
                null,
                "WITHDRAWN",
                60,
                60,
                0,
                60,
                0,
                0,
                0,
                1,
                0,
                0,
                0,
                1200,
                60,
                1140,
                1140,
                NOW.plusSeconds(86400),
                10,
                9,
                false);
        Progress progress = new CompletionRules(
                        new CompletionPolicy(0.8, 1080, 360, false, false, null, null), centre(false, false), NOW)
                .progressOf(row);
        assertEquals(CompletionStatus.NOT_COMPLETED, progress.completion().status());
        assertTrue(progress.completion().reasons().stream().anyMatch(r -> r.code() == ReasonCode.WITHDRAWN));
        assertFalse(progress.atRisk());
    }
}

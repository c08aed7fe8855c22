package kr.axcampus.attendance;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's boundaries with the programme's defaults (DESIGN.md §4), to the second. */
class CheckInWindowTest {
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(4));

    private static final AttendanceRules DEFAULTS = new AttendanceRules() {
        public Duration checkInOpensBefore() {
            return Duration.ofMinutes(30);
        }

        public Duration lateAfter() {
            return Duration.ofMinutes(10);
        }

        public Duration leftEarlyBefore() {
            return Duration.ofMinutes(10);
        }

        public Duration checkOutClosesAfter() {
            return Duration.ofMinutes(30);
        }

        public CodeGuesses codeGuesses() {
            throw new UnsupportedOperationException("the window does not count guesses");
        }
    };

    private final CheckInWindow window = CheckInWindow.of(DEFAULTS, START, END);

    @Test
    void checkInOpensThirtyMinutesBeforeTheStartAndClosesAtTheEnd() {
        assertEquals(START.minus(Duration.ofMinutes(30)), window.opens());
        assertFalse(window.acceptsCheckIn(window.opens().minusSeconds(1)));
        assertTrue(window.acceptsCheckIn(window.opens()));
        assertTrue(window.acceptsCheckIn(END));
        assertFalse(window.acceptsCheckIn(END.plusSeconds(1)));
    }

    @Test
    void checkOutStaysOpenThirtyMinutesAfterTheEnd() {
        assertTrue(window.acceptsCheckOut(END.plus(Duration.ofMinutes(30))));
        assertFalse(window.acceptsCheckOut(END.plus(Duration.ofMinutes(30)).plusSeconds(1)));
        assertFalse(window.acceptsCheckOut(window.opens().minusSeconds(1)));
        assertTrue(window.open(END.plus(Duration.ofMinutes(30))), "pages offer check-out until it closes");
    }

    @Test
    void lateStartsAfterTenMinutesAndLeavingEarlyBeforeTheLastTen() {
        assertFalse(window.late(START.plus(Duration.ofMinutes(10))));
        assertTrue(window.late(START.plus(Duration.ofMinutes(10)).plusSeconds(1)));
        assertTrue(window.leftEarly(END.minus(Duration.ofMinutes(10)).minusSeconds(1)));
        assertFalse(window.leftEarly(END.minus(Duration.ofMinutes(10))));
    }
}

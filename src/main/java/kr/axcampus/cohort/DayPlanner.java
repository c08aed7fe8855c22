package kr.axcampus.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/** Hands out half-day blocks on teaching days: morning from the day's start, afternoon after lunch. */
final class DayPlanner {
    /** Sessions are laid out in half-days of at most four hours. */
    static final int HALF_DAY_MINUTES = 240;

    record Block(LocalDateTime start, LocalDateTime end, int minutes) {}

    private final Set<DayOfWeek> days;
    private final LocalTime dayStart;
    private final int perDay;
    private LocalDate day;
    private int usedToday;

    DayPlanner(LocalDate first, Set<DayOfWeek> days, LocalTime dayStart, int perDay) {
        this.days = days;
        this.dayStart = dayStart;
        this.perDay = perDay;
        this.day = first;
        while (!days.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
    }

    Block next(int wanted) {
        if (usedToday >= perDay) {
            day = day.plusDays(1);
            while (!days.contains(day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
            usedToday = 0;
        }
        int halfLeft = HALF_DAY_MINUTES - usedToday % HALF_DAY_MINUTES;
        int minutes = Math.min(wanted, Math.min(halfLeft, perDay - usedToday));
        int lunches = usedToday / HALF_DAY_MINUTES;
        LocalDateTime start = day.atTime(dayStart).plusMinutes(usedToday + 60L * lunches);
        usedToday += minutes;
        return new Block(start, start.plusMinutes(minutes), minutes);
    }
}

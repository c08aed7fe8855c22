package kr.axcampus.cohort.dto;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * How to lay the course's modules out as sessions: from {@code firstDay} (default: the cohort's
 * start), on the given weekdays (1 = Monday; default Monday to Friday), from {@code dayStartsAt}
 * (default 09:00), at most {@code maxMinutesPerDay} (default 480, a lunch hour after 4 h).
 */
public record GenerateSessionsRequest(
        LocalDate firstDay,
        @Size(max = 7) List<@Min(1) @Max(7) Integer> weekdays,
        LocalTime dayStartsAt,
        @Min(60) @Max(720) Integer maxMinutesPerDay,
        @Size(max = 500) String location) {}

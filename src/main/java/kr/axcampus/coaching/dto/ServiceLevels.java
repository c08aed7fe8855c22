package kr.axcampus.coaching.dto;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The operators' view of how coaching answers: requests by status, how many are overdue, and the
 * mean hours to the first response and to the end (over the requests that got there).
 */
public record ServiceLevels(
        long open,
        long fresh,
        long assigned,
        long scheduled,
        long resolved,
        long closedUnresolved,
        long overdue,
        BigDecimal meanHoursToFirstResponse,
        BigDecimal meanHoursToEnd,
        BigDecimal meanRating,
        Duration firstResponseWithin,
        Duration endWithin) {}

package kr.axcampus.cohort;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import kr.axcampus.access.Taught;

/** A cohort as other features see it, once the caller's right to see it is checked. */
public record CohortScope(
        UUID id,
        UUID centerId,
        UUID courseId,
        String code,
        Set<UUID> instructorIds,
        LocalDate startDate,
        LocalDate endDate)
        implements Taught {}

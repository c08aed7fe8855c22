package kr.axcampus.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session as self check-in sees it, with whether the caller is enrolled (not withdrawn) in its cohort. */
public record CheckInTarget(
        UUID sessionId,
        Instant startsAt,
        Instant endsAt,
        byte[] secret,
        String cohortCode,
        List<String> allowedNetworks,
        boolean enrolled,
        boolean cancelled) {}

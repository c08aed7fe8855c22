package kr.axcampus.cohort;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

import kr.axcampus.access.Taught;

/**
 * A session with what other features need of its cohort to decide rights and rules:
 * the instructors, the course, the network allow-list.
 */
@TemplateData
public record SessionContext(
        UUID sessionId,
        UUID cohortId,
        UUID centerId,
        UUID courseId,
        String cohortCode,
        SessionKind kind,
        Instant startsAt,
        Instant endsAt,
        Instant closedAt,
        Instant cancelledAt,
        byte[] secret,
        Set<UUID> instructorIds,
        List<String> allowedNetworks)
        implements Taught {

    public int minutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }
}

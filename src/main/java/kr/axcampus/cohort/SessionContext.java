package kr.axcampus.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A session with what other features need of its cohort to decide rights and rules:
 * the instructors, the course, the network allow-list.
 */
@io.quarkus.qute.TemplateData
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
        byte[] secret,
        Set<UUID> instructorIds,
        List<String> allowedNetworks) {

    public int minutes() {
        return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public boolean taughtBy(UUID userId) {
        return instructorIds.contains(userId);
    }
}

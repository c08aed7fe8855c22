package kr.axcampus.catalog;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Each course's completion policy (the course's own over the centre's defaults for its track),
 * held in memory: it changes only when the catalogue is imported, and every progress read needs
 * it. The replica that imports forgets at once, after the import committed; the others hold what
 * they read for {@link #FRESH_FOR} at most, so a reload reaches every replica within it.
 */
@ApplicationScoped
public class CoursePolicies {
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /** Fired by an import that changed the catalogue, inside its transaction. */
    public record CatalogueChanged() {}

    private record Held(CompletionPolicy policy, long readAt) {}

    private final Map<UUID, Held> held = new ConcurrentHashMap<>();
    private final CompletionDefaults defaults;

    public CoursePolicies(CompletionDefaults defaults) {
        this.defaults = defaults;
    }

    /** The course's policy; empty for a course that does not exist. */
    public Optional<CompletionPolicy> of(UUID courseId) {
        Held known = held.get(courseId);
        if (known != null && System.nanoTime() - known.readAt() < FRESH_FOR.toNanos()) {
            return Optional.of(known.policy());
        }
        Optional<CompletionPolicy> read =
                Course.<Course>findByIdOptional(courseId).map(this::policy);
        read.ifPresent(policy -> held.put(courseId, new Held(policy, System.nanoTime())));
        return read;
    }

    CompletionPolicy policy(Course course) {
        return course.policy.over(defaults.forTrack(course.track));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged changed) {
        held.clear();
    }
}

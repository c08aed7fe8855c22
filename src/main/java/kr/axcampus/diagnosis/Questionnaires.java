package kr.axcampus.diagnosis;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.ProblemException;

/**
 * The questionnaire's versions. A version never changes once imported, so each is cached for the
 * life of the process without any staleness rule across replicas; which version is current is
 * read from the database every time (an import on another replica may change it).
 */
@ApplicationScoped
public class Questionnaires {
    private final Map<Integer, Questionnaire> byVersion = new ConcurrentHashMap<>();

    /** The version new diagnoses are taken on: the one content/ last imported. */
    public Questionnaire current() {
        Integer latest = QuestionnaireVersion.getEntityManager()
                .createQuery(
                        "select q.version from QuestionnaireVersion q order by q.appliedAt desc, q.version desc",
                        Integer.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (latest == null) {
            throw new ProblemException(
                    409,
                    "no-questionnaire",
                    "No questionnaire",
                    "no diagnosis questionnaire has been imported (content/" + QuestionnaireContent.FILE + ")",
                    null);
        }
        return version(latest);
    }

    /** A version a diagnosis was taken on. */
    public Questionnaire version(int version) {
        return byVersion.computeIfAbsent(version, v -> find(v).orElseThrow().body);
    }

    /** A version asked for by number: 404 if it was never imported. */
    public Questionnaire imported(int version) {
        if (!byVersion.containsKey(version) && find(version).isEmpty()) {
            throw ProblemException.notFound("questionnaire version " + version);
        }
        return version(version);
    }

    Optional<QuestionnaireVersion> find(int version) {
        return QuestionnaireVersion.findByIdOptional(version);
    }

    /** Records the version as imported now (its content is known to match any earlier import). */
    void apply(Questionnaire questionnaire, String hash, Instant now) {
        QuestionnaireVersion existing = QuestionnaireVersion.findById(questionnaire.version());
        if (existing == null) {
            existing = new QuestionnaireVersion();
            existing.version = questionnaire.version();
            existing.contentHash = hash;
            existing.body = questionnaire;
            existing.importedAt = now;
            existing.appliedAt = now;
            existing.persist();
        } else {
            existing.appliedAt = now;
        }
    }
}

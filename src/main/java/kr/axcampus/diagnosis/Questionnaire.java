package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.LocalizedText;

/**
 * One version of the readiness questionnaire (content/diagnosis/questionnaire.yaml): dimensions of
 * questions scored 1–5, each level anchored by a description, and the maturity stages. A version
 * never changes once imported, so a diagnosis reads the very questions it was taken with.
 */
@TemplateData
public record Questionnaire(int version, LocalizedText title, List<Dimension> dimensions, List<Stage> stages) {

    @TemplateData
    public record Dimension(String code, LocalizedText title, List<Question> questions) {}

    /** {@code levels} holds the descriptions of scores 1 to 5, in order. */
    @TemplateData
    public record Question(String code, LocalizedText text, List<LocalizedText> levels) {}

    /** A maturity stage, reached when the overall score is at least {@code minScore}. */
    @TemplateData
    public record Stage(String code, LocalizedText title, BigDecimal minScore) {}

    /** The dimension a question belongs to. */
    public Optional<Dimension> dimensionOf(String questionCode) {
        return dimensions.stream()
                .filter(d -> d.questions().stream().anyMatch(q -> q.code().equals(questionCode)))
                .findFirst();
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The highest stage whose threshold the score reaches; empty for no score. */
    public Optional<Stage> stageOf(BigDecimal overall) {
        if (overall == null) {
            return Optional.empty();
        }
        Stage reached = null;
        for (Stage stage : stages) {
            if (stage.minScore().compareTo(overall) <= 0) {
                reached = stage;
            }
        }
        return Optional.ofNullable(reached);
    }

    public int questionCount() {
        return dimensions.stream().mapToInt(d -> d.questions().size()).sum();
    }
}

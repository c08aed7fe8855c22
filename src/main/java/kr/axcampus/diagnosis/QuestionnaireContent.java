package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.axcampus.catalog.ContentCheck;
import kr.axcampus.catalog.ContentPart;
import kr.axcampus.common.LocalizedText;
import kr.axcampus.common.Moment;

/**
 * Reads content/diagnosis/questionnaire.yaml with the catalogue's import: strict keys, every
 * problem listed, and nothing written unless the whole content folder is valid. An imported
 * version is never changed: the same number with other content is refused, so a diagnosis always
 * reads the questions it was taken with.
 */
@ApplicationScoped
public class QuestionnaireContent implements ContentPart {
    static final String FILE = "diagnosis/questionnaire.yaml";
    private static final Set<String> TOP_KEYS = Set.of("version", "title", "dimensions", "stages");
    private static final Set<String> DIMENSION_KEYS = Set.of("code", "title", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("code", "text", "levels");
    private static final Set<String> STAGE_KEYS = Set.of("code", "title", "minScore");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final Pattern STAGE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    static final int LEVELS = 5;
    static final int MIN_QUESTIONS = 4;
    static final int MAX_QUESTIONS = 6;
    private static final BigDecimal LOWEST = BigDecimal.ONE;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(LEVELS);

    private final ObjectMapper json;
    private final Questionnaires questionnaires;

    public QuestionnaireContent(ObjectMapper json, Questionnaires questionnaires) {
        this.json = json;
        this.questionnaires = questionnaires;
    }

    @Override
    public Staged read(Path root, ContentCheck check) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode node = check.yaml(file, FILE);
        if (node == null) {
            return null;
        }
        int problemsBefore = check.problemCount();
        Questionnaire questionnaire = parse(node, check);
        if (questionnaire == null || check.problemCount() > problemsBefore) {
            return null;
        }
        String hash = hash(questionnaire);
        questionnaires.find(questionnaire.version()).ifPresent(existing -> {
            if (!existing.contentHash.equals(hash)) {
                check.problem(
                        FILE,
                        "version " + questionnaire.version() + " was imported before with other content; diagnoses "
                                + "keep the version they were taken with, so raise 'version' to change the questions");
            }
        });
        return () -> questionnaires.apply(questionnaire, hash, Moment.now());
    }

    private static Questionnaire parse(JsonNode node, ContentCheck check) {
        check.knownKeys(node, TOP_KEYS, FILE, "");
        JsonNode version = node.path("version");
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
            check.problem(FILE, "version must be a whole number from 1");
        }
        LocalizedText title = check.localized(node.path("title"), FILE, "title");
        List<Questionnaire.Dimension> dimensions = dimensions(node.path("dimensions"), check);
        List<Questionnaire.Stage> stages = stages(node.path("stages"), check);
        return new Questionnaire(version.asInt(), title, dimensions, stages);
    }

    private static List<Questionnaire.Dimension> dimensions(JsonNode list, ContentCheck check) {
        List<Questionnaire.Dimension> dimensions = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            check.problem(FILE, "dimensions must list at least one dimension");
            return dimensions;
        }
        Set<String> dimensionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        for (JsonNode d : list) {
            String where = "dimensions[" + dimensions.size() + "]";
            check.knownKeys(d, DIMENSION_KEYS, FILE, where);
            String code = code(d.path("code"), where, CODE, dimensionCodes, check);
            LocalizedText title = check.localized(d.path("title"), FILE, where + ".title");
            List<Questionnaire.Question> questions = new ArrayList<>();
            JsonNode qs = d.path("questions");
            if (!qs.isArray() || qs.size() < MIN_QUESTIONS || qs.size() > MAX_QUESTIONS) {
                check.problem(
                        FILE,
                        where + " needs " + MIN_QUESTIONS + " to " + MAX_QUESTIONS + " questions, has "
                                + (qs.isArray() ? qs.size() : 0));
            }
            for (JsonNode q : qs) {
                String at = where + ".questions[" + questions.size() + "]";
                check.knownKeys(q, QUESTION_KEYS, FILE, at);
                String questionCode = code(q.path("code"), at, CODE, questionCodes, check);
                LocalizedText text = check.localized(q.path("text"), FILE, at + ".text");
                List<LocalizedText> levels = new ArrayList<>();
                JsonNode ls = q.path("levels");
                if (!ls.isArray() || ls.size() != LEVELS) {
                    check.problem(
                            FILE,
                            at + " needs exactly " + LEVELS + " level descriptions (scores 1 to 5), has "
                                    + (ls.isArray() ? ls.size() : 0));
                }
                for (JsonNode level : ls) {
                    levels.add(check.localized(level, FILE, at + ".levels[" + levels.size() + "]"));
                }
                questions.add(new Questionnaire.Question(questionCode, text, List.copyOf(nonNull(levels))));
            }
            dimensions.add(new Questionnaire.Dimension(code, title, List.copyOf(questions)));
        }
        return dimensions;
    }

    private static List<Questionnaire.Stage> stages(JsonNode list, ContentCheck check) {
        List<Questionnaire.Stage> stages = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            check.problem(FILE, "stages must list at least one stage");
            return stages;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal previous = null;
        for (JsonNode s : list) {
            String where = "stages[" + stages.size() + "]";
            check.knownKeys(s, STAGE_KEYS, FILE, where);
            String code = code(s.path("code"), where, STAGE_CODE, codes, check);
            LocalizedText title = check.localized(s.path("title"), FILE, where + ".title");
            JsonNode min = s.path("minScore");
            BigDecimal minScore = null;
            if (!min.isNumber()) {
                check.problem(FILE, where + ".minScore must be a number from 1 to 5");
            } else {
                minScore = min.decimalValue().setScale(2, RoundingMode.HALF_UP);
                if (minScore.compareTo(LOWEST) < 0 || minScore.compareTo(HIGHEST) > 0) {
                    check.problem(FILE, where + ".minScore " + min.asText() + " is outside 1 to 5");
                } else if (stages.isEmpty() && minScore.compareTo(LOWEST) != 0) {
                    check.problem(FILE, where + ".minScore must be 1: every overall score from 1 needs a stage");
                } else if (previous != null && minScore.compareTo(previous) <= 0) {
                    check.problem(
                            FILE,
                            where + ".minScore " + minScore + " overlaps the stage before it (" + previous
                                    + "): thresholds must rise from stage to stage");
                }
                previous = minScore;
            }
            stages.add(new Questionnaire.Stage(code, title, minScore));
        }
        return stages;
    }

    private static String code(JsonNode node, String where, Pattern pattern, Set<String> seen, ContentCheck check) {
        String code = node.asText("");
        if (!pattern.matcher(code).matches()) {
            check.problem(FILE, where + ".code '" + code + "' must match " + pattern.pattern());
        } else if (!seen.add(code)) {
            check.problem(FILE, where + ".code '" + code + "' is used twice");
        }
        return code;
    }

    private static List<LocalizedText> nonNull(List<LocalizedText> texts) {
        return texts.stream().filter(t -> t != null).toList();
    }

    private String hash(Questionnaire questionnaire) {
        try {
            byte[] canonical = json.writeValueAsString(questionnaire).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the questionnaire cannot be hashed", e);
        }
    }
}

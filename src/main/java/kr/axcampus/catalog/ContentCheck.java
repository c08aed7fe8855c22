package kr.axcampus.catalog;

import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import kr.axcampus.common.LocalizedText;

/**
 * What a {@link ContentPart} reads its files with: the same strict YAML rules as the courses and
 * the one list of problems of the import.
 */
public final class ContentCheck {
    private final ContentProblems problems;
    private final Set<String> tags;

    ContentCheck(ContentProblems problems, Set<String> tags) {
        this.problems = problems;
        this.tags = Set.copyOf(tags);
    }

    /** The AI opportunity tags of tags.yaml, for parts that name them. */
    public Set<String> tags() {
        return tags;
    }

    public void problem(String file, String message) {
        problems.add(file, message);
    }

    /** How many problems the import found so far, so a part can tell whether its file added any. */
    public int problemCount() {
        return problems.found.size();
    }

    /** The file as a YAML mapping, or null with the problem noted. */
    public JsonNode yaml(Path file, String name) {
        return YamlFiles.read(file, name, problems);
    }

    /** Reports every key of the mapping that is not one of {@code known}. */
    public void knownKeys(JsonNode node, Set<String> known, String file, String where) {
        YamlFiles.requireKnownKeys(node, known, file, where, problems);
    }

    /** A text in both languages; a missing or blank one is reported and answered as null. */
    public LocalizedText localized(JsonNode node, String file, String where) {
        YamlFiles.requireKnownKeys(node, YamlFiles.LOCALIZED_KEYS, file, where, problems);
        String ko = node.path("ko").asText("").strip();
        String en = node.path("en").asText("").strip();
        if (ko.isEmpty() || en.isEmpty()) {
            problems.add(file, where + " needs both ko and en");
            return null;
        }
        return new LocalizedText(ko, en);
    }
}

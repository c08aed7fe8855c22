package kr.axcampus.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads content YAML, turning every failure into a problem named by its file. */
final class YamlFiles {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {}

    /** The file as a YAML mapping, or null with the problem noted. */
    static JsonNode read(Path file, String name, ContentProblems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(name, "file is missing");
            return null;
        }
        try {
            JsonNode node = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                problems.add(name, "is not a YAML mapping");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(name, "is not valid YAML: " + e.getOriginalMessage() + lineOf(e));
        } catch (IOException e) {
            problems.add(name, "cannot be read: " + e.getMessage());
        }
        return null;
    }

    /**
     * Every key of a mapping must be one the format knows: an unknown key is a problem named by
     * the file and where it is. The usual cause is a comma in an unquoted flow-mapping text
     * ({@code {ko: 구독, API, en: …}}), which YAML splits into extra keys, cutting the text short.
     */
    static void requireKnownKeys(
            JsonNode node, Set<String> known, String file, String where, ContentProblems problems) {
        if (node == null || !node.isObject()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!known.contains(key)) {
                boolean splitText = known.contains("ko") && node.get(key).isNull();
                problems.add(
                        file,
                        (where.isEmpty() ? "" : where + ": ") + "unknown key '" + key + "'"
                                + (splitText
                                        ? " (a comma inside an unquoted text splits it; put the text in quotes)"
                                        : "; known keys are " + new TreeSet<>(known)));
            }
        }
    }

    /** The keys of a text written in both languages. */
    static final Set<String> LOCALIZED_KEYS = Set.of("ko", "en");

    static String lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}

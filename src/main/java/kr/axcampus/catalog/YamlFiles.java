package kr.axcampus.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    static String lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}

package kr.axcampus.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import kr.axcampus.common.ContentFiles;
import kr.axcampus.common.LocalizedText;

/**
 * Reference data: the fixed list of industries (KSIC sections and OTHER), read once from
 * content/industries.yaml, and the filing of free text under one of them.
 */
@ApplicationScoped
public class IndustryCatalog {
    static final String FILE = "industries.yaml";

    private final List<Industry> industries;

    public IndustryCatalog(ContentFiles content) {
        this.industries = load(content);
    }

    public List<Industry> all() {
        return industries;
    }

    public Optional<Industry> find(String code) {
        return industries.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The section free text names (the first in the file's order whose keyword it contains), OTHER
     * when it names none, and null for no text: the rule the V013 migration applied to older records.
     */
    public String classify(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return industries.stream()
                .filter(i -> i.describedBy(text))
                .map(Industry::code)
                .findFirst()
                .orElse(Industry.OTHER);
    }

    private static List<Industry> load(ContentFiles content) {
        try (InputStream in = content.open(FILE)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Industry> found = new ArrayList<>();
            for (JsonNode node : root.path("industries")) {
                List<String> keywords = new ArrayList<>();
                node.path("keywords").forEach(k -> keywords.add(k.asText()));
                found.add(new Industry(
                        node.path("code").asText(),
                        new LocalizedText(
                                node.path("name").path("ko").asText(),
                                node.path("name").path("en").asText()),
                        List.copyOf(keywords)));
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("content/" + FILE + " is unreadable", e);
        }
    }
}

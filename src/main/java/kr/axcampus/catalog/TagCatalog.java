package kr.axcampus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.ContentFiles;
import kr.axcampus.common.LocalizedText;

/** The fixed list of AI opportunity kinds (content/tags.yaml) with their names, for filters and labels. */
@ApplicationScoped
public class TagCatalog {
    @TemplateData
    public record Tag(String code, LocalizedText name) {
        public String nameIn(Locale locale) {
            return name.in(locale);
        }
    }

    private final List<Tag> tags;

    public TagCatalog(ContentFiles content) {
        this.tags = load(content);
    }

    public List<Tag> all() {
        return tags;
    }

    public Optional<Tag> find(String code) {
        return tags.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static List<Tag> load(ContentFiles content) {
        try (InputStream in = content.open(CatalogReader.TAGS_FILE)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Tag> found = new ArrayList<>();
            for (JsonNode node : root.path("tags")) {
                found.add(new Tag(
                        node.path("code").asText(),
                        new LocalizedText(
                                node.path("name").path("ko").asText(),
                                node.path("name").path("en").asText())));
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("content/tags.yaml is unreadable", e);
        }
    }
}

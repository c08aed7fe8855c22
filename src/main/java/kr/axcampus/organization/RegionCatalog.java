package kr.axcampus.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import kr.axcampus.common.ContentFiles;

/** Reference data: the programme's regions, read once from content/regions.yaml. */
@ApplicationScoped
public class RegionCatalog {
    private final Map<String, Region> regions;

    public RegionCatalog(ContentFiles content) {
        this.regions = load(content);
    }

    public List<Region> all() {
        return List.copyOf(regions.values());
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    private static Map<String, Region> load(ContentFiles content) {
        try (InputStream in = content.open("regions.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Region> byCode = new LinkedHashMap<>();
            for (JsonNode node : root.path("regions")) {
                List<String> provinces = new ArrayList<>();
                node.path("provinces").forEach(p -> provinces.add(p.asText()));
                Region region = new Region(
                        node.path("code").asText(),
                        node.path("name").path("ko").asText(),
                        node.path("name").path("en").asText(),
                        List.copyOf(provinces));
                byCode.put(region.code(), region);
            }
            return byCode;
        } catch (IOException e) {
            throw new UncheckedIOException("content/regions.yaml is unreadable", e);
        }
    }
}

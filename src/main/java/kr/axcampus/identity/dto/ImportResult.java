package kr.axcampus.identity.dto;

import java.util.List;

/** What a clean import created, row by row. */
@io.quarkus.qute.TemplateData
public record ImportResult(int created, List<Created> items) {
    public record Created(int line, UserView user) {}
}

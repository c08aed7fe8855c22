package kr.axcampus.identity.dto;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** What a clean import created, row by row. */
@TemplateData
public record ImportResult(int created, List<Created> items) {
    public record Created(int line, UserView user) {}
}

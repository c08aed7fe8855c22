package kr.axcampus.catalog.dto;

import java.time.Instant;
import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.CatalogImport;
import kr.axcampus.catalog.ContentProblem;

/** The result of one catalogue import, for the operator. */
@TemplateData
public record ImportResult(
        String id,
        Instant at,
        CatalogImport.Trigger trigger,
        CatalogImport.Outcome outcome,
        int added,
        int changed,
        int unchanged,
        int archived,
        List<ContentProblem> problems) {
    public static ImportResult of(CatalogImport run) {
        return new ImportResult(
                run.id.toString(),
                run.createdAt,
                run.trigger,
                run.outcome,
                run.added,
                run.changed,
                run.unchanged,
                run.archived,
                run.problems);
    }
}

package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.TagCatalog;
import kr.axcampus.common.LocalizedText;
import kr.axcampus.diagnosis.dto.BottleneckView;
import kr.axcampus.diagnosis.dto.DiagnosisChange;
import kr.axcampus.diagnosis.dto.DiagnosisView;
import kr.axcampus.diagnosis.dto.RoadmapItemView;

/**
 * A diagnosis ready for its pages and its PDF: the view, the questionnaire it was taken on, names in
 * place of codes and ids, and what the reader may do with it.
 */
@TemplateData
public record DiagnosisPage(
        DiagnosisView diagnosis,
        Questionnaire questionnaire,
        LocalizedText stage,
        String radar,
        List<ScoreRow> scores,
        List<NoteRow> notes,
        List<Bottleneck> bottlenecks,
        List<Quadrant> quadrants,
        List<Item> roadmap,
        List<DiagnosisChange> history,
        int answered,
        int questions,
        Rights may) {

    /** A dimension's scores side by side: the expert's, the company's own, the previous diagnosis, the peers. */
    @TemplateData
    public record ScoreRow(
            String code,
            LocalizedText title,
            BigDecimal expert,
            BigDecimal self,
            BigDecimal previous,
            BigDecimal peers) {}

    @TemplateData
    public record NoteRow(LocalizedText dimension, String text) {}

    @TemplateData
    public record Bottleneck(BottleneckView view, TagCatalog.Tag tag) {}

    /**
     * A quarter of the impact × feasibility matrix: {@code key} is {@code quick-wins} (impact and
     * feasibility at least 3), {@code major} (impact ≥ 3, harder), {@code small} (easier, smaller)
     * or {@code later}.
     */
    @TemplateData
    public record Quadrant(String key, List<Bottleneck> bottlenecks) {}

    @TemplateData
    public record Item(
            RoadmapItemView view,
            String bottleneck,
            String courseTitle,
            String courseTitleEn,
            List<String> people,
            String cohortCode) {}

    /**
     * Who the reader is to this diagnosis ({@code expert}, {@code company}: its CEO) and what they may
     * do now: answer and submit (the expert, a draft), plan the roadmap (the expert, until sign-off),
     * give the company's view (the CEO, a draft), sign off (the CEO, once submitted), enrol.
     */
    @TemplateData
    public record Rights(
            boolean expert,
            boolean company,
            boolean answer,
            boolean submit,
            boolean selfAssess,
            boolean signOff,
            boolean enroll,
            boolean plan) {}
}

package kr.axcampus.bestpractice.dto;

import java.time.Instant;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A published case as anyone sees it: the company's name, industry and region, the story and its
 * figures; the author's name only when the CEO's consent says so (else null); e-mail addresses and
 * phone numbers in the text are masked.
 */
@TemplateData
public record PublicCase(
        String id,
        String title,
        String company,
        String industry,
        String region,
        String problem,
        String approach,
        String tools,
        List<String> tags,
        List<FigureView> figures,
        String authorName,
        Instant publishedAt) {}

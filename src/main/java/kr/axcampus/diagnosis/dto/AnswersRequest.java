package kr.axcampus.diagnosis.dto;

import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * What the expert saved on site: scores by question code (merged into those saved before), notes
 * by dimension code (an empty note removes it) and, optionally, who took part in the visit.
 */
public record AnswersRequest(
        Map<String, Integer> answers,
        Map<String, String> notes,

        @Size(max = 1000, message = "at most 1000 characters")
        String participants) {}

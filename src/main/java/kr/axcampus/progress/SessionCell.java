package kr.axcampus.progress;

import io.quarkus.qute.TemplateData;

import kr.axcampus.cohort.dto.SessionView;

/**
 * One learner at one session, as the roster grid and the learner's own list show it: the
 * record's status (empty when there is none), its credited minutes, whether self check-in or
 * check-out is possible now, and whether the learner may still ask for a correction.
 */
@TemplateData
public record SessionCell(
        SessionView session, String status, int minutes, boolean open, boolean checkedIn, boolean correctable) {}

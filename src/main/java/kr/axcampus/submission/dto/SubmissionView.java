package kr.axcampus.submission.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.material.dto.MaterialView;
import kr.axcampus.submission.SubmissionStatus;

/** A version of a deliverable with its file, who sent it and how it was reviewed. */
@TemplateData
public record SubmissionView(
        String id,
        String cohortId,
        String cohortCode,
        String learnerId,
        String learnerName,
        int version,
        String note,
        SubmissionStatus status,
        MaterialView file,
        String reviewComment,
        String reviewedBy,
        Instant reviewedAt,
        Instant submittedAt) {}

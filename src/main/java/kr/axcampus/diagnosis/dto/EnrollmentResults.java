package kr.axcampus.diagnosis.dto;

import java.util.List;

import kr.axcampus.cohort.EnrollmentService;

/** What enrolling a roadmap item's people came to, person by person. */
public record EnrollmentResults(List<Result> results) {
    public record Result(String userId, EnrollmentService.Outcome outcome) {}
}

package kr.axcampus.cohort.dto;

/** Enrol every learner of a partner company, optionally of one department. */
public record CompanyEnrollmentRequest(String companyId, String department) {}

package kr.axcampus.delivery.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The centre's figures for a period (API.md "Reports and certificates"): totals, the same figures
 * by region, industry, size class and track, and the subsidy estimate per cohort and in total.
 */
public record CentreReport(
        LocalDate from,
        LocalDate to,
        Figures totals,
        List<Figures> byRegion,
        List<Figures> byIndustry,
        List<Figures> bySizeClass,
        List<Figures> byTrack,
        List<CohortHours> cohorts,
        SubsidyEstimate subsidyEstimate,
        SharingEvents sharingEvents) {

    /**
     * One group's figures ({@code key}: a region, industry or size class code, a track, or
     * {@code ALL}). Companies: partners, diagnosed (visited in the period), roadmaps signed off in
     * it (not broken down by track). Learners: trained (attended in the period), results decided in
     * it and completed, the completion rate; hours attended in sessions of the period, practicum
     * separately. Coaching: requests resolved in the period; best practice: the hours a month saved
     * (before − after of the HOURS_PER_MONTH figures) in cases published in the period and shown on
     * the showcase (both by the companies' dimensions only).
     */
    public record Figures(
            String key,
            long partnerCompanies,
            long companiesDiagnosed,
            long roadmapsSignedOff,
            long learnersTrained,
            long resultsDecided,
            long learnersCompleted,
            BigDecimal completionRate,
            BigDecimal hoursDelivered,
            BigDecimal practicumHours,
            long coachingResolved,
            BigDecimal hoursSavedPerMonth) {}

    /** A cohort's training hours in the period and its share of the estimate. */
    public record CohortHours(String cohortId, String code, String track, BigDecimal hours, BigDecimal subsidy) {}

    /**
     * The sharing events that started in the period: how many, the seats taken and the people who
     * checked in. Counted for the centre, never in a cohort's attendance.
     */
    public record SharingEvents(long held, long registered, long attended) {}

    /** hours × baseRatePerHour × multiplier; an estimate, not an entitlement. */
    public record SubsidyEstimate(
            BigDecimal hours, BigDecimal baseRatePerHour, BigDecimal multiplier, BigDecimal amount, String formula) {}
}

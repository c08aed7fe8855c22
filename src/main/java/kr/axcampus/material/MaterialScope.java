package kr.axcampus.material;

/** What a material belongs to (API.md "Materials"). */
public enum MaterialScope {
    COURSE,
    MODULE,
    COHORT,
    SUBMISSION,
    /** What a learner shows for a correction request or a practice log (a photo of a sign-in sheet); scoped to the cohort. */
    EVIDENCE,
    DIAGNOSIS,
    BEST_PRACTICE,
    /** Files of a coaching request (a screenshot of the problem, the coach's hand-outs); scoped to the request. */
    COACHING
}

package kr.axcampus.material;

/** What a material belongs to (API.md "Materials"). */
public enum MaterialScope {
    COURSE,
    MODULE,
    COHORT,
    SUBMISSION,
    DIAGNOSIS,
    BEST_PRACTICE
}

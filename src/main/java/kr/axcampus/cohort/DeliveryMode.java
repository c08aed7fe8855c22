package kr.axcampus.cohort;

/** How a cohort is delivered. */
public enum DeliveryMode {
    ON_SITE,
    LIVE_ONLINE,
    BLENDED
}

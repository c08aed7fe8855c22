package kr.axcampus.organization;

/** Company size as Korean SME law classes it: 소상공인, 소기업, 중기업, 중견기업. */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    MIDSIZE
}

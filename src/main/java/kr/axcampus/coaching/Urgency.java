package kr.axcampus.coaching;

/** How soon the requester needs help. */
public enum Urgency {
    LOW,
    NORMAL,
    HIGH
}

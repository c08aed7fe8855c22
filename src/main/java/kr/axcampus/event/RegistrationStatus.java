package kr.axcampus.event;

/** A seat at the event, or a place on its waiting list. */
public enum RegistrationStatus {
    REGISTERED,
    WAITING
}

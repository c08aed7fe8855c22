package kr.axcampus.attendance;

/** How a record came about. */
public enum CheckInMethod {
    CODE,
    QR,
    ROLL_CALL,
    IMPORT
}

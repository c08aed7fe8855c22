package kr.axcampus.web;

import java.util.UUID;

/**
 * How many notices a person has not read, for the bell on every page. The notices feature answers;
 * the layout only asks (the kernel knows no feature).
 */
public interface UnreadNotices {
    long unread(UUID person);
}

package kr.axcampus.access;

import java.util.Set;
import java.util.UUID;

/** Something a cohort's teaching team runs: the cohort itself or one of its sessions. */
public interface Taught {
    /** The centre it belongs to. */
    UUID centerId();

    /** The instructors of its cohort. */
    Set<UUID> instructorIds();
}

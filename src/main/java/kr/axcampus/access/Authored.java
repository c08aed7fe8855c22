package kr.axcampus.access;

import java.util.UUID;

/** A best-practice case as the access class needs it: the centre, the company it tells of, its author. */
public interface Authored {
    UUID centerId();

    UUID companyId();

    /** The learner, CEO or coach who wrote the case. */
    UUID authorId();
}

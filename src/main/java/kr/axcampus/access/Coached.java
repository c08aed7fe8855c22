package kr.axcampus.access;

import java.util.UUID;

/** A coaching request as the access class needs it: the centre, the company, who asked, the coach. */
public interface Coached {
    UUID centerId();

    UUID companyId();

    UUID requesterId();

    /** The INSTRUCTOR an operator assigned, or null while the request is new. */
    UUID coachId();
}

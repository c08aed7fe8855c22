package kr.axcampus.access;

import java.util.UUID;

/** A company's readiness diagnosis as the access class needs it: the centre, the company, the expert. */
public interface Assessed {
    UUID centerId();

    UUID companyId();

    /** The INSTRUCTOR an operator assigned to diagnose the company. */
    UUID expertId();
}

package kr.axcampus.material;

import kr.axcampus.common.Caller;

/**
 * The rights of a scope whose objects another feature owns (a diagnosis): that feature answers who
 * may add files and who may read them, so the files follow the object's rights without this
 * feature knowing it.
 */
public interface ScopeGuard {
    MaterialScope scope();

    /** Refuses a caller who may not add files: 404 when they cannot see the object, 403 when they only see it. */
    void requireWrite(Caller caller, String scopeId);

    /** Whether the caller may read the object's files. */
    boolean mayRead(Caller caller, String scopeId);
}

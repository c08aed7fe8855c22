package kr.axcampus.common;

/**
 * A verified token that keeps the caller it names. A verified token is remembered until it
 * expires, so reading its claims once for its life, not on every request, saves the claim
 * lookups the scope of each request starts with.
 */
public interface RemembersCaller {
    /** The caller the token names, as {@link CurrentCaller#read} reads it. */
    Caller caller();
}

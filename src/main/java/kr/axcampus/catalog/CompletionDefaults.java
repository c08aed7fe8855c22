package kr.axcampus.catalog;

/**
 * The centre's completion settings as the catalogue needs them: what a course that sets no
 * value of its own gets, and the practicum every professional course must plan for. Provided by
 * the progress feature, which owns the settings (the catalogue does not depend on it).
 */
public interface CompletionDefaults {
    /** Every value set: the centre's defaults for a course of this track (a general course needs no practicum). */
    CompletionPolicy forTrack(Track track);
}

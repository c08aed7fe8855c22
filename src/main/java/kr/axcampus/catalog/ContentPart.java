package kr.axcampus.catalog;

import java.nio.file.Path;

/**
 * A part of content/ that another feature owns (the diagnosis questionnaire): read and checked with
 * the catalogue, and written in the same import only when the whole folder is valid, so an
 * import stays all or nothing across features without the catalogue knowing them.
 */
public interface ContentPart {
    /**
     * Reads and checks the part's files below {@code root}, reporting every problem to
     * {@code check}; writes nothing. Null when the folder has no such part.
     */
    Staged read(Path root, ContentCheck check);

    /** What {@link #read} found, written in the import's transaction. */
    interface Staged {
        void apply();
    }
}

package kr.axcampus.common;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A feature that holds personal data answers for it here (Korea's PIPA): what it holds about a
 * person, for the export an operator gives them, and what it removes when the person is erased.
 * The privacy feature finds every holder through CDI, so a new feature with personal data adds a
 * holder and is in the export and the erasure without anyone else changing.
 */
public interface PersonalDataHolder {
    /** One part of the export: a name and the rows, as a JSON array of objects. */
    record Part(String name, String json) {}

    /** A stored file of the person: where it goes in the export, and how to read it (streamed). */
    record HeldFile(String path, Supplier<InputStream> content) {}

    /** Everything this feature holds about the person, in parts. */
    List<Part> export(UUID person);

    /** The person's stored files this feature keeps. */
    default List<HeldFile> files(UUID person) {
        return List.of();
    }

    /**
     * On erasure, removes what this feature does not keep as evidence (docs/privacy.md says what
     * is kept), in the erasing transaction; the work it answers runs once that committed (deleting
     * stored objects, which no transaction can take back).
     */
    default Runnable erase(UUID person) {
        return () -> {};
    }
}

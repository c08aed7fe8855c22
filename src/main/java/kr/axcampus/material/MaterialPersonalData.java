package kr.axcampus.material;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PersonalDataHolder;
import kr.axcampus.storage.ObjectStorage;

/**
 * The files a person uploaded (deliverables, evidence, shelf materials) — the rows and the bytes,
 * streamed from storage into the export. A file removed from the listings is still held until
 * the retention sweep purges it, so it is exported too.
 */
@ApplicationScoped
public class MaterialPersonalData implements PersonalDataHolder {
    private static final String HELD = "SELECT * FROM material WHERE uploader_id = :person AND purged_at IS NULL";

    private final EntityManager em;
    private final ObjectStorage storage;
    private final MaterialRetention retention;

    public MaterialPersonalData(EntityManager em, ObjectStorage storage, MaterialRetention retention) {
        this.em = em;
        this.storage = storage;
        this.retention = retention;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(JsonRows.part(em, "uploadedFiles", HELD + " ORDER BY created_at, id", person));
    }

    @Override
    public List<HeldFile> files(UUID person) {
        return Material.<Material>list("uploaderId = ?1 and purgedAt is null", person).stream()
                .map(m -> new HeldFile(
                        "files/" + m.id + "/" + m.name.replace('/', '_').replace('\\', '_'),
                        () -> storage.get(m.objectKey)))
                .toList();
    }

    /**
     * The person's deliverables (their own work, not attendance evidence) leave the listings now
     * and their objects are deleted once the erasure committed; evidence files of corrections and
     * practice logs stay with the records they prove.
     */
    @Override
    public Runnable erase(UUID person) {
        List<Material> deliverables = Material.<Material>list(
                "uploaderId = ?1 and scope = ?2 and purgedAt is null", person, MaterialScope.SUBMISSION);
        Instant now = Moment.now();
        for (Material material : deliverables) {
            if (material.deletedAt == null) {
                material.deletedAt = now;
            }
        }
        List<UUID> ids = deliverables.stream().map(m -> m.id).toList();
        return () -> retention.purge(ids);
    }
}

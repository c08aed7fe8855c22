package kr.axcampus.material;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A file in object storage: its key is the app's, its name only for display. */
@Entity
@Table(name = "material")
public class Material extends BaseEntity {
    @Column(name = "center_id")
    public UUID centerId;

    @Enumerated(EnumType.STRING)
    public MaterialScope scope;

    @Column(name = "scope_id")
    public String scopeId;

    public String name;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "uploader_id")
    public UUID uploaderId;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_by")
    public UUID deletedBy;

    /** When the retention sweep removed the object; the row stays as the record. */
    @Column(name = "purged_at")
    public Instant purgedAt;
}

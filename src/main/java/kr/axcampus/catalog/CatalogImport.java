package kr.axcampus.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.common.BaseEntity;

/** One import attempt and what came of it, for the operator's catalogue page. */
@Entity
@Table(name = "catalog_import")
public class CatalogImport extends BaseEntity {
    public enum Trigger {
        STARTUP,
        RELOAD
    }

    public enum Outcome {
        APPLIED,
        INVALID
    }

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    @Column(name = "actor_id")
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ContentProblem> problems;

    public int added;
    public int changed;
    public int unchanged;
    public int archived;

    /** The content folder's {@link ContentDigest}: null on imports older than the digest. */
    @Column(name = "content_digest")
    public String contentDigest;
}

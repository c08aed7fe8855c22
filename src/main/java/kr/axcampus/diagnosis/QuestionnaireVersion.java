package kr.axcampus.diagnosis;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An imported version of the questionnaire, kept for ever. The version the content folder last
 * imported ({@code appliedAt}, latest) is the one new diagnoses are taken on.
 */
@Entity
@Table(name = "diagnosis_questionnaire")
public class QuestionnaireVersion extends PanacheEntityBase {
    @Id
    public Integer version;

    @Column(name = "content_hash")
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public Questionnaire body;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "applied_at")
    public Instant appliedAt;
}

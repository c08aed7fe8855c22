package kr.axcampus.diagnosis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.access.Assessed;
import kr.axcampus.common.BaseEntity;

/** A partner company's readiness diagnosis (진단), taken on one version of the questionnaire. */
@Entity
@Table(name = "diagnosis")
public class Diagnosis extends BaseEntity implements Assessed {
    @Column(name = "center_id")
    public UUID centerId;

    @Column(name = "company_id")
    public UUID companyId;

    @Column(name = "expert_id")
    public UUID expertId;

    @Column(name = "questionnaire_version")
    public int questionnaireVersion;

    @Enumerated(EnumType.STRING)
    public DiagnosisStatus status;

    @Column(name = "visited_on")
    public LocalDate visitedOn;

    public String participants;

    /** The expert's notes by dimension code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> notes = new HashMap<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Column(name = "signed_off_by")
    public UUID signedOffBy;

    /** The signed-off report kept in object storage (DIAGNOSIS scope), once first asked for. */
    @Column(name = "report_material_id")
    public UUID reportMaterialId;

    @Override
    public UUID centerId() {
        return centerId;
    }

    @Override
    public UUID companyId() {
        return companyId;
    }

    @Override
    public UUID expertId() {
        return expertId;
    }
}

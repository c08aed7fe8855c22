package kr.axcampus.bestpractice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.access.Authored;
import kr.axcampus.common.BaseEntity;

/** A best-practice case (우수사례): how a partner company applied AI at work, with before/after figures. */
@Entity
@Table(name = "best_practice")
public class BestPractice extends BaseEntity implements Authored {
    @Column(name = "center_id")
    public UUID centerId;

    @Column(name = "company_id")
    public UUID companyId;

    @Column(name = "author_id")
    public UUID authorId;

    public String title;

    public String problem;

    public String approach;

    public String tools;

    /** AI opportunity tag codes of the catalogue. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "consented_at")
    public Instant consentedAt;

    @Column(name = "consented_by")
    public UUID consentedBy;

    /** Whether the CEO's consent lets the author's name appear publicly; false unless they said so. */
    @Column(name = "show_names")
    public boolean showNames;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public UUID publishedBy;

    public boolean consented() {
        return consentedAt != null;
    }

    @Override
    public UUID centerId() {
        return centerId;
    }

    @Override
    public UUID companyId() {
        return companyId;
    }

    @Override
    public UUID authorId() {
        return authorId;
    }
}

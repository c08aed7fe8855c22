package kr.axcampus.catalog;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.common.BaseEntity;
import kr.axcampus.common.LocalizedText;

/** A course of the catalogue as last imported; archived when its folder leaves content/. */
@Entity
@Table(name = "course")
public class Course extends BaseEntity {
    public String code;

    @Column(name = "title_ko")
    public String titleKo;

    @Column(name = "title_en")
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public Track track;

    @Column(name = "audience_ko")
    public String audienceKo;

    @Column(name = "audience_en")
    public String audienceEn;

    @Column(name = "summary_ko")
    public String summaryKo;

    @Column(name = "summary_en")
    public String summaryEn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LocalizedText> outcomes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", columnDefinition = "varchar(40)[]")
    public String[] tags;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "prerequisites", columnDefinition = "varchar(40)[]")
    public String[] prerequisites;

    @JdbcTypeCode(SqlTypes.JSON)
    public CompletionPolicy policy;

    @Column(name = "planned_minutes")
    public int plannedMinutes;

    @Column(name = "practicum_minutes")
    public int practicumMinutes;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "archived_at")
    public Instant archivedAt;

    public LocalizedText title() {
        return new LocalizedText(titleKo, titleEn);
    }

    public boolean archived() {
        return archivedAt != null;
    }
}

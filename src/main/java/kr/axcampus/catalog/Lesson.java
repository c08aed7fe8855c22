package kr.axcampus.catalog;

import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A lesson or lab with its rendered, sanitised HTML; retired when it leaves the content. */
@Entity
@Table(name = "lesson")
public class Lesson extends BaseEntity {
    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "module_id")
    public UUID moduleId;

    public String code;

    public int position;

    @Column(name = "title_ko")
    public String titleKo;

    @Column(name = "title_en")
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public LessonKind kind;

    @Column(name = "estimated_minutes")
    public int estimatedMinutes;

    @Column(name = "source_path")
    public String sourcePath;

    /** Loaded only when a lesson is opened, not for outlines. */
    @Basic(fetch = FetchType.LAZY)
    public String html;

    public boolean retired;
}

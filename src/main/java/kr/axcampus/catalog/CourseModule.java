package kr.axcampus.catalog;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A module of a course; retired (not deleted) when it leaves the course's content. */
@Entity
@Table(name = "course_module")
public class CourseModule extends BaseEntity {
    @Column(name = "course_id")
    public UUID courseId;

    public String code;

    public int position;

    @Column(name = "title_ko")
    public String titleKo;

    @Column(name = "title_en")
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public ModuleKind kind;

    @Column(name = "planned_minutes")
    public int plannedMinutes;

    public boolean retired;
}

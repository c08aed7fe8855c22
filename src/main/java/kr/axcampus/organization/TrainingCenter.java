package kr.axcampus.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** The operating institution of a training consortium (공동훈련센터). */
@Entity
@Table(name = "training_center")
public class TrainingCenter extends BaseEntity {
    public String name;

    @Enumerated(EnumType.STRING)
    public CenterKind kind;

    public String region;

    public boolean hub;

    public static TrainingCenter findByName(String name) {
        return find("name", name).firstResult();
    }
}

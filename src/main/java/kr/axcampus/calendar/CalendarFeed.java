package kr.axcampus.calendar;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A person's secret calendar feed: the token of its URL, replaced when they reset it. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends BaseEntity {
    @Column(name = "user_id")
    public UUID userId;

    /** URL-safe, 256 random bits; the URL is the only permission the feed asks for. */
    public String token;
}
